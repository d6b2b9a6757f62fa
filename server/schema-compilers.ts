// Fastify's schema compilers shared by every app this process builds, so each route schema is compiled once per process.
import { AjvCompiler } from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

// Fastify makes a fresh validator pool and serializer factory for each instance and compiles every route schema
// again. A server builds one app, but a test process builds hundreds: compiling took ~25 s of the server tests' ~90 s
// of CPU. Both compilers are pure functions of the schema and the options, so sharing them changes no answer.

/** The validator pool (one Ajv per set of shared schemas and options), reused across apps; Ajv caches by schema. */
const buildValidator = AjvCompiler();

const serializerFactory = SerializerSelector();
/** Compiled response serializers by schema object, then by shared schemas and options. */
const serializers = new WeakMap<object, Map<string, (doc: unknown) => string>>();

type SerializerFactory = ReturnType<typeof SerializerSelector>;

/** Fastify's serializer factory, each compiled serializer kept for the next app with the same schema object. */
const buildSerializer: SerializerFactory = (externalSchemas, options) => {
  const compile = serializerFactory(externalSchemas, options);
  const key = JSON.stringify([externalSchemas, options]);
  return (route) => {
    const schema = route.schema as object;
    let byOptions = serializers.get(schema);
    if (!byOptions) serializers.set(schema, (byOptions = new Map()));
    let serialize = byOptions.get(key);
    if (!serialize) byOptions.set(key, (serialize = compile(route)));
    return serialize;
  };
};

/** Fastify's `schemaController` option for every app of this process. */
export const sharedSchemaController = { compilersFactory: { buildValidator, buildSerializer } };
