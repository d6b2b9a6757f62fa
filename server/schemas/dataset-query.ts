// The `dataset` query parameter every data route takes (which served dataset to answer from), as one definition spread into each querystring.
import { Type } from 'typebox';

/** `dataset`: a served dataset's id (see GET /api/datasets); absent means the default dataset, the first one given. */
export const datasetQueryProperties = {
  dataset: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description:
        'id of the dataset to answer from (GET /api/datasets lists them); default: the first dataset served. Unknown: 404 naming `dataset`',
      examples: ['besa-1723'],
    }),
  ),
};

/** A querystring of the `dataset` parameter alone, for routes that take no other. */
export const DatasetQuery = Type.Object(datasetQueryProperties, { additionalProperties: false });
