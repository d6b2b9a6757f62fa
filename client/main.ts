// Entry point: read the URL, load the graph from the API, then mount the canvas and the panels around one store.
import { fetchGraph } from './api/endpoints.js';
import { describeError } from './api/http.js';
import { mountApp } from './app/mount.js';
import { statusBanner } from './panels/status.js';
import { byId } from './panels/dom.js';
import { createStore } from './state/store.js';
import { queryToState } from './state/url.js';

const status = statusBanner(byId('status'));
const { state, problems } = queryToState(window.location.search);
const store = createStore(state);

window.addEventListener('unhandledrejection', (event) => status.show({ kind: 'error', text: `Something failed: ${describeError(event.reason)}` }));

async function start(): Promise<void> {
  status.show({ kind: 'loading', text: 'Loading the graph…' });
  try {
    const serialized = await fetchGraph();
    performance.mark('explorer:graph-loaded');
    await mountApp(store, serialized);
    status.show(problems.length ? { kind: 'notice', text: `Parts of the link were not understood and were left out: ${problems.join('; ')}.` } : null);
  } catch (error) {
    document.body.dataset.state = 'error';
    status.show({ kind: 'error', text: `Could not load the graph: ${describeError(error)}`, retry: () => void start() });
  }
}

void start();
