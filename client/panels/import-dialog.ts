// The import dialog: drop a file, see the detected format, edit the mapping, read the dry run's report, import as a new dataset.
import type { ImportReportJson } from '../../graph/interop/import-report.js';
import { uploadImport, type ImportAnswer, type ImportRefusal } from '../api/import-upload.js';
import { h } from './dom.js';

/** Formats and presets the route reads, as the dialog offers them ("" = detect from the file name). */
const READERS = [
  ['', 'Detect from the file name'],
  ['csv', 'CSV edge list'],
  ['gexf', 'GEXF (Gephi)'],
  ['graphml', 'GraphML (networkx, igraph, yEd)'],
  ['cytoscape', 'Cytoscape.js JSON'],
  ['graphology', 'graphology JSON'],
  ['json', 'Dataset JSON'],
  ['preset:sipri', 'SIPRI trade register'],
  ['preset:cow-alliances', 'COW formal alliances (dyadic)'],
  ['preset:cow-states', 'COW state system membership'],
  ['preset:events', 'Events (ICEWS, GDELT)'],
] as const;

/** The format a file name suggests, as the server reads it; undefined when the name does not tell. */
export function detectFormat(name: string): string | undefined {
  if (/\.graphology\.json$/i.test(name)) return 'graphology';
  if (/\.(cyjs|cytoscape\.json)$/i.test(name)) return 'cytoscape';
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ['csv', 'gexf', 'graphml', 'json'].find((format) => format === extension);
}

/** The report as lines of text: counts in and out, defaults, mappings, warnings with their first places in the file. */
export function reportLines(report: ImportReportJson): string[] {
  const counts = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([key, n]) => `${n.toLocaleString('en-GB')} ${key}`)
      .join(', ') || 'none';
  const lines = [`Read: ${counts(report.records.in)}`, `Dataset: ${counts(report.records.out)}`];
  for (const side of ['nodes', 'edges'] as const) {
    for (const [field, n] of Object.entries(report.defaults[side]))
      lines.push(`Default ${side === 'nodes' ? 'node.' : ''}${field} filled ${n.toLocaleString('en-GB')} records`);
  }
  for (const { what, count } of report.mappings) lines.push(`${what}: ${count.toLocaleString('en-GB')}`);
  for (const warning of report.warnings) {
    lines.push(`Warning ${warning.code} ×${warning.count}: ${warning.message}`);
    for (const example of warning.examples)
      lines.push(
        `  ${example.line === undefined ? example.file : `${example.file}:${example.line}`} ${example.element ?? ''}: ${example.detail}`,
      );
  }
  return lines;
}

/** Builds the dialog into `dialog` and opens it from `opener`. */
export function mountImportDialog(dialog: HTMLDialogElement, opener: HTMLElement): void {
  let file: File | undefined;
  const input = h('input', { type: 'file', id: 'import-file', name: 'file' });
  const drop = h(
    'div',
    { class: 'import-drop', tabindex: '0' },
    'Drop a file here, or ',
    h('label', { for: 'import-file' }, 'choose one'),
    input,
  );
  const chosen = h('p', { class: 'muted', id: 'import-chosen' }, 'No file chosen.');
  const reader = h(
    'select',
    { id: 'import-format', name: 'format' },
    READERS.map(([value, label]) => h('option', { value }, label)),
  );
  const field = (id: string, label: string, props: Record<string, string> = {}) => {
    const control = h('input', { id, name: id, ...props });
    return { control, row: h('p', {}, h('label', { for: id }, label), ' ', control) };
  };
  const token = field('import-token', 'Editor token', { type: 'password', autocomplete: 'off' });
  const nodeKind = field('import-node-kind', 'Actor kind where the file has none', { placeholder: 'state' });
  const edgeKind = field('import-edge-kind', 'Relation kind where the file has none', { placeholder: 'economic-ties' });
  const map = field('import-map', 'Column mapping', { placeholder: 'kind=Type,node.name=Label' });
  const placeholder = h('input', { type: 'checkbox', id: 'import-placeholder', checked: true });
  const progress = h('progress', { max: '1', value: '0', hidden: true, 'aria-label': 'Upload progress' });
  const output = h('div', { id: 'import-report', 'aria-live': 'polite' });
  const check = h('button', { type: 'button', id: 'import-check' }, 'Check (dry run)');
  const commit = h('button', { type: 'button', id: 'import-commit' }, 'Import as new dataset');
  const close = h('button', { type: 'button', id: 'import-close' }, 'Close');

  const choose = (picked: File | undefined) => {
    file = picked;
    const detected = picked ? detectFormat(picked.name) : undefined;
    chosen.textContent = picked
      ? `${picked.name} (${picked.size.toLocaleString('en-GB')} bytes) — ${detected ? `detected format: ${detected}` : 'format not detected: choose one below'}`
      : 'No file chosen.';
  };
  input.addEventListener('change', () => choose(input.files?.[0]));
  drop.addEventListener('dragover', (event) => event.preventDefault());
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    choose(event.dataTransfer?.files[0]);
  });

  const run = async (dryRun: boolean) => {
    if (!file) return show([h('p', { class: 'error' }, 'Choose a file first.')]);
    const [kind, name] = reader.value.startsWith('preset:')
      ? ['preset', reader.value.slice(7)]
      : ['format', reader.value];
    const defaults = [
      nodeKind.control.value && `node.kind=${nodeKind.control.value}`,
      edgeKind.control.value && `kind=${edgeKind.control.value}`,
    ]
      .filter(Boolean)
      .join(',');
    progress.hidden = false;
    progress.value = 0;
    try {
      const answer = await uploadImport(
        file,
        {
          name: file.name,
          token: token.control.value,
          dryRun,
          defaults,
          map: map.control.value.trim(),
          ...(kind === 'preset' ? { preset: name } : name ? { format: name } : {}),
          ...(placeholder.checked ? { placeholderSource: 'unsourced' } : {}),
        },
        (share) => (progress.value = share),
      );
      showAnswer(answer);
    } catch (error) {
      showRefusal(error as ImportRefusal);
    } finally {
      progress.hidden = true;
    }
  };
  const show = (children: Node[]) => output.replaceChildren(...children);
  const list = (lines: string[]) =>
    h(
      'ul',
      { class: 'import-lines' },
      lines.map((line) => h('li', {}, line)),
    );
  const showAnswer = (answer: ImportAnswer) => {
    const { id, actors, relations } = answer.dataset;
    const head = answer.dryRun
      ? `Dry run (${answer.format}): ${actors.toLocaleString('en-GB')} actors and ${relations.toLocaleString('en-GB')} ties would be imported as “${id}”. Nothing was written.`
      : `Imported as “${id}”: ${actors.toLocaleString('en-GB')} actors, ${relations.toLocaleString('en-GB')} ties.`;
    const open = h('p', {}, h('a', { href: `?dataset=${encodeURIComponent(id)}`, id: 'import-open' }, `Open ${id}`));
    show([h('p', {}, head), list(reportLines(answer.report)), ...(answer.dryRun ? [] : [open])]);
  };
  const showRefusal = (refusal: ImportRefusal) => {
    show([
      h('p', { class: 'error' }, `Refused (${refusal.statusCode}): ${refusal.message}`),
      ...(refusal.issues?.length ? [list(refusal.issues.slice(0, 50))] : []),
      ...(refusal.report ? [list(reportLines(refusal.report))] : []),
    ]);
  };
  check.addEventListener('click', () => void run(true));
  commit.addEventListener('click', () => void run(false));
  close.addEventListener('click', () => dialog.close());

  dialog.replaceChildren(
    h('h2', { id: 'import-title' }, 'Import a file'),
    drop,
    chosen,
    h('p', {}, h('label', { for: 'import-format' }, 'Read it as'), ' ', reader),
    token.row,
    nodeKind.row,
    edgeKind.row,
    map.row,
    h(
      'p',
      {},
      placeholder,
      ' ',
      h('label', { for: 'import-placeholder' }, 'Ties without a quote cite a flagged placeholder source'),
    ),
    h('p', {}, check, ' ', commit, ' ', close),
    progress,
    output,
  );
  dialog.setAttribute('aria-labelledby', 'import-title');
  opener.addEventListener('click', () => dialog.showModal());
}
