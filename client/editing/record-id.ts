// Ids for new records made from what the user typed: lower-case slugs the schema accepts (`defying-geography-2020`), accents folded.

/** The longest id the schema accepts. */
const ID_MAX = 120;

/** A slug of `words` (accents folded, anything else a hyphen), at most `max` (40) characters and cut at a hyphen; "" when nothing is left. */
export function slugify(words: string, max = 40): string {
  const slug = words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** An id from the given parts (e.g. a title and a year), each slugged, joined with hyphens; at most 120 characters. */
export function recordId(...parts: string[]): string {
  return parts
    .map((part) => slugify(part))
    .filter(Boolean)
    .join('-')
    .slice(0, ID_MAX)
    .replace(/-+$/, '');
}
