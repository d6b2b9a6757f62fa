// The dataset picker: a compact select in the header when the server serves more than one dataset; choosing one opens it.
import type { DatasetInfo } from '../api/contracts.js';
import { h } from './dom.js';

const number = new Intl.NumberFormat('en-GB');

/** An option's text: the title and the counts ("Synthetic 8k — 8,000 actors, 40,000 ties"). */
export function datasetLabel(dataset: DatasetInfo): string {
  return `${dataset.title || dataset.id} — ${number.format(dataset.actors)} actors, ${number.format(dataset.relations)} ties`;
}

/** The dataset a page shows: the one the URL names if the server serves it, else the server's default (or the first). */
export function chosenDataset(datasets: readonly DatasetInfo[], wanted: string | null): DatasetInfo | undefined {
  return datasets.find((d) => d.id === wanted) ?? datasets.find((d) => d.default) ?? datasets[0];
}

/** Fills `root` with the select (nothing with one dataset); `onChoose` gets the id picked. */
export function mountDatasetPicker(
  root: HTMLElement,
  datasets: readonly DatasetInfo[],
  current: string,
  onChoose: (id: string) => void,
): void {
  if (datasets.length < 2) {
    root.replaceChildren();
    root.hidden = true;
    return;
  }
  const select = h(
    'select',
    { id: 'dataset', name: 'dataset', title: 'The dataset the explorer shows' },
    datasets.map((d) => h('option', { value: d.id, title: d.description ?? null }, datasetLabel(d))),
  );
  select.value = current;
  select.addEventListener('change', () => {
    if (select.value !== current) onChoose(select.value);
  });
  root.hidden = false;
  root.replaceChildren(h('label', { for: 'dataset', class: 'visually-hidden' }, 'Dataset'), select);
}
