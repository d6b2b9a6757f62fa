// Fastify's schema compilers shared by every app this process builds, so each route schema is compiled once per process.
import { AjvCompiler } from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

// Fastify makes a fresh validator pool and serializer factory for each instance and compiles every route schema
// again. A server builds one app, but a test process builds hundreds: compiling took ~25 s of the server tests' ~90 s
// of CPU. Both compilers are pure functions of the schema and the options, so sharing them changes no answer.
// The caches are keyed by the schema's content, not its object: a route plugin that writes its schema inline (an
// object literal, `{ 200: Type.Union([...]), ...errorResponses }`) makes a new object for every app, and keyed by
// object those were compiled again for every app, the compare answer's (the largest schema) among them. Writing a
// schema's JSON text costs far less than compiling it, and the object is tried first.

/** Fastify's pool of validator compilers: one Ajv per set of shared schemas and options, the same function for each. */
const validatorPool = AjvCompiler();

type ValidatorFactory = typeof validatorPool;
type CompileValidator = ReturnType<ValidatorFactory>;
type Validator = ReturnType<CompileValidator>;

/** Compiled validators by the pool's compiler (one per shared schemas and options), then by schema object and text. */
const validators = new WeakMap<CompileValidator, SchemaCache<Validator>>();

/** The validator pool, each compiled validator kept for any later route with a schema of the same content. */
const buildValidator: ValidatorFactory = (externalSchemas, options) => {
  const compile = validatorPool(externalSchemas, options);
  const cache = validators.get(compile) ?? new SchemaCache<Validator>();
  validators.set(compile, cache);
  return (route) => cache.get(route.schema, () => compile(route));
};

const serializerFactory = SerializerSelector();
type SerializerFactory = ReturnType<typeof SerializerSelector>;
type Serializer = (doc: unknown) => string;

/** Compiled response serializers by the shared schemas and options (as JSON), then by schema object and text. */
const serializers = new Map<string, SchemaCache<Serializer>>();

/** Fastify's serializer factory, each compiled serializer kept for any later route with the same schema and options. */
const buildSerializer: SerializerFactory = (externalSchemas, options) => {
  const compile = serializerFactory(externalSchemas, options);
  const key = JSON.stringify([externalSchemas, options]);
  const cache = serializers.get(key) ?? new SchemaCache<Serializer>();
  serializers.set(key, cache);
  return (route) => cache.get(route.schema, () => compile(route));
};

/** Compiled functions by schema: the same object at once, else a schema of the same JSON text. */
class SchemaCache<T> {
  readonly #byObject = new WeakMap<object, T>();
  readonly #byText = new Map<string, T>();

  get(schema: unknown, compile: () => T): T {
    if (typeof schema !== 'object' || schema === null) return compile(); // `true` or `false`: nothing to compile
    const known = this.#byObject.get(schema);
    if (known) return known;
    const text = JSON.stringify(schema);
    let compiled = this.#byText.get(text);
    if (!compiled) this.#byText.set(text, (compiled = compile()));
    this.#byObject.set(schema, compiled);
    return compiled;
  }
}

/** Fastify's `schemaController` option for every app of this process. */
export const sharedSchemaController = { compilersFactory: { buildValidator, buildSerializer } };
