// Entry point: read the URL, ask which datasets the server serves, load the graph (or a large one's overview), then mount around one store.
import { fetchDatasets, fetchGraph, fetchSubgraph } from './api/endpoints.js';
import type { DatasetInfo } from './api/contracts.js';
import { ApiError, describeError, useDataset } from './api/http.js';
import { mountApp } from './app/mount.js';
import { mountHistory, prepareRecord } from './history/mount-history.js';
import { mountAccountMenu } from './editing/account-menu.js';
import { trackCanEdit } from './editing/edit-controls.js';
import { isLarge, OVERVIEW_LIMIT } from './large/limits.js';
import { chosenDataset, mountDatasetPicker } from './panels/dataset-picker.js';
import { statusBanner } from './panels/status.js';
import { byId } from './panels/dom.js';
import { setSessionDataset } from './state/session.js';
import { createStore } from './state/store.js';
import { datasetQuery, queryToState, stateToQuery } from './state/url.js';

const status = statusBanner(byId('status'));
const { state, problems } = queryToState(window.location.search);
const store = createStore(state);

window.addEventListener('unhandledrejection', (event) =>
  status.show({ kind: 'error', text: `Something failed: ${describeError(event.reason)}` }),
);

/** The served datasets; a server without the list (one dataset, an older version) answers 404, which means "just the default". */
async function servedDatasets(): Promise<DatasetInfo[]> {
  try {
    return await fetchDatasets();
  } catch (error) {
    if (error instanceof ApiError && error.statusCode === 404) return [];
    throw error;
  }
}

mountAccountMenu(byId('account'));
trackCanEdit();

async function start(): Promise<void> {
  status.show({ kind: 'loading', text: 'Loading the graph…' });
  try {
    const datasets = await servedDatasets();
    const chosen = chosenDataset(datasets, state.dataset);
    if (state.dataset && datasets.length && chosen?.id !== state.dataset) {
      problems.push(
        `dataset: "${state.dataset}" is not served here, so ${chosen?.title ?? 'the default dataset'} is shown`,
      );
      store.dispatch((s) => ({ ...s, dataset: null }));
      const query = stateToQuery(store.get());
      window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    }
    useDataset(store.get().dataset);
    await prepareRecord(store, problems, chosen);
    // Who is signed in, and their role on this dataset, decides which edit controls exist; it does not hold up the graph.
    void setSessionDataset(chosen?.id ?? null).catch((error: unknown) =>
      status.show({ kind: 'notice', text: `Could not tell who is signed in: ${describeError(error)}` }),
    );
    if (chosen) {
      mountDatasetPicker(byId('datasets'), datasets, chosen.id, (id) => {
        // A new page: every panel, the drawing and the questions belong to one dataset.
        const query = datasetQuery(datasets.find((d) => d.id === id)?.default ? null : id);
        window.location.assign(`${window.location.pathname}${query ? `?${query}` : ''}`);
      });
    }
    if (chosen && isLarge(chosen)) {
      status.show({
        kind: 'loading',
        text: `Loading the strongest ${OVERVIEW_LIMIT.toLocaleString('en-GB')} of ${chosen.actors.toLocaleString('en-GB')} actors…`,
      });
      const { filters, asOf } = store.get();
      const overview = await fetchSubgraph({ limit: OVERVIEW_LIMIT, filters, asOf });
      performance.mark('explorer:graph-loaded');
      mountHistory(store);
      await mountApp(store, overview, {
        meta: overview.meta,
        positions: overview.positions,
        report: (message) => status.show({ kind: 'notice', text: `Could not load more of the graph: ${message}` }),
      });
    } else {
      const serialized = await fetchGraph();
      performance.mark('explorer:graph-loaded');
      mountHistory(store);
      await mountApp(store, serialized);
    }
    status.show(
      problems.length
        ? { kind: 'notice', text: `Parts of the link were not understood and were left out: ${problems.join('; ')}.` }
        : null,
    );
  } catch (error) {
    document.body.dataset.state = 'error';
    status.show({
      kind: 'error',
      text: `Could not load the graph: ${describeError(error)}`,
      retry: () => void start(),
    });
  }
}

void start();
