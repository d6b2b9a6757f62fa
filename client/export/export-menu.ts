// The Export menu: a resolution and PNG or SVG; the file carries its own title, legend, date, filters and source.
import type { AppContext } from '../app/context.js';
import { h } from '../panels/dom.js';
import { EXPORT_SCALES, download, exportPng, exportSvg, type ExportScale } from './export-image.js';

/** Wires the Export button in the header to a small menu below it. */
export function mountExportMenu(button: HTMLElement, context: AppContext): void {
  const scale = h(
    'select',
    { id: 'export-scale' },
    EXPORT_SCALES.map((s) => h('option', { value: s, selected: s === 2 }, `${s}× the canvas`)),
  );
  const status = h('p', { class: 'muted small', role: 'status' });
  const run = async (format: 'png' | 'svg') => {
    status.textContent = 'Drawing…';
    try {
      const chosen = Number(scale.value) as ExportScale;
      const blob = format === 'png' ? await exportPng(context, chosen) : await exportSvg(context, chosen);
      download(blob, `actor-graph.${format}`);
      status.textContent = `Saved actor-graph.${format}`;
    } catch (error) {
      status.textContent = `Export failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  const menu = h(
    'div',
    { id: 'export-menu', class: 'export-menu', hidden: true, role: 'group', 'aria-label': 'Export the view' },
    h('label', { for: 'export-scale', class: 'field-label' }, 'Resolution'),
    scale,
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', onclick: () => void run('png') }, 'Download PNG'),
      h('button', { type: 'button', onclick: () => void run('svg') }, 'Download SVG'),
    ),
    h(
      'p',
      { class: 'muted small' },
      'With title, legend, date, filters and source; the PNG also carries them in its metadata.',
    ),
    status,
  );
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'export-menu');
  button.after(menu);
  const set = (open: boolean) => {
    menu.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => set(menu.hidden));
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      set(false);
      button.focus();
    }
  });
}
