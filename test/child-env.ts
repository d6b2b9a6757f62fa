// The environment of a child process a test starts under tsx: the test's own, with tap's coverage recording off.

/**
 * Added to a tsx child's environment. tap records V8 coverage in every process that inherits its NODE_OPTIONS, and
 * merges it per file; tap loads TypeScript through ts-node and a child through tsx, whose JavaScript differs for the
 * same file, so one child's ranges laid over the tests' turned the merged report into noise (graph/interop at 4 % of
 * its functions while its tests passed). The child's code is covered by the in-process tests instead.
 */
export const NO_CHILD_COVERAGE = { _TAPJS_PROCESSINFO_COVERAGE_: '0' } as const;
