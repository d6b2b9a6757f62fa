// Export of the view as a picture that stands alone: PNG or SVG at a chosen scale, with title, legend, date, filters and source.
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import { ACTOR_KINDS, VALENCES } from '../../graph/model/vocabulary.js';
import type { AppContext } from '../app/context.js';
import { KIND_COLORS, VALENCE_COLORS, kindLabel } from '../render/palette.js';
import { captionText, exportCaption, type ExportCaption } from './export-caption.js';
import { withTextChunk } from './png-text.js';

/** Scales offered: the canvas's size times this. */
export const EXPORT_SCALES = [1, 2, 4] as const;
export type ExportScale = (typeof EXPORT_SCALES)[number];

const FONT = 'system-ui, sans-serif';
const INK = '#1d1d24';
const MUTED = '#5f6270';

/** The graph drawn at `scale` times the canvas size, items and labels scaled alike (sigma sizes are in screen pixels). */
async function graphCanvas(context: AppContext, scale: number): Promise<HTMLCanvasElement> {
  const { sigma } = context.renderer;
  const { width, height } = sigma.getDimensions();
  const setting = (name: 'labelSize' | 'edgeLabelSize' | 'labelGridCellSize' | 'stagePadding') =>
    sigma.getSetting(name) * scale;
  return drawOnCanvas(sigma as unknown as Sigma, {
    width: width * scale,
    height: height * scale,
    backgroundColor: '#ffffff',
    sigmaSettings: {
      labelSize: setting('labelSize'),
      edgeLabelSize: setting('edgeLabelSize'),
      labelGridCellSize: setting('labelGridCellSize'),
      stagePadding: setting('stagePadding'),
      zoomToSizeRatioFunction: (ratio: number) => Math.sqrt(ratio) / scale,
    },
  });
}

/** The legend's entries: actor kinds present, then valences. */
function legendEntries(context: AppContext): Array<{ label: string; color: string; shape: 'dot' | 'line' }> {
  const present = new Set<string>();
  context.graph.forEachNode((_n, actor) => present.add(actor.kind));
  return [
    ...ACTOR_KINDS.filter((kind) => present.has(kind)).map((kind) => ({
      label: kindLabel(kind),
      color: KIND_COLORS[kind],
      shape: 'dot' as const,
    })),
    ...VALENCES.map((valence) => ({ label: `${valence} tie`, color: VALENCE_COLORS[valence], shape: 'line' as const })),
  ];
}

/** The caption of the view on screen. */
export function currentCaption(context: AppContext): ExportCaption {
  const title = context.graph.getAttribute('title') || 'Actor graph';
  return exportCaption(context.store.get(), title, [...context.sources.values()]);
}

/** The PNG: header (title, date, filters), the graph, the legend and the source line; the caption also in its iTXt metadata. */
export async function exportPng(context: AppContext, scale: ExportScale): Promise<Blob> {
  const caption = currentCaption(context);
  const graph = await graphCanvas(context, scale);
  const s = scale * (graph.width / (context.renderer.sigma.getDimensions().width * scale)); // the device pixel ratio times the scale
  const pad = 16 * s;
  const header = 74 * s;
  // The legend wraps onto as many rows as it needs; the footer grows with them.
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `400 ${12 * s}px ${FONT}`;
  const placed: Array<{ entry: ReturnType<typeof legendEntries>[number]; x: number; row: number }> = [];
  let x = pad;
  let row = 0;
  for (const entry of legendEntries(context)) {
    const width = 18 * s + measure.measureText(entry.label).width + 14 * s;
    if (x + width > graph.width - pad && x > pad) [x, row] = [pad, row + 1];
    placed.push({ entry, x, row });
    x += width;
  }
  const footer = (44 + 20 * (row + 1)) * s;
  const canvas = document.createElement('canvas');
  canvas.width = graph.width;
  canvas.height = graph.height + header + footer;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const text = (value: string, x: number, y: number, size: number, color = INK, weight = '400') => {
    ctx.font = `${weight} ${size * s}px ${FONT}`;
    ctx.fillStyle = color;
    ctx.fillText(value, x, y, canvas.width - x - pad);
  };
  text(caption.title, pad, 26 * s, 18, INK, '700');
  text(caption.when, pad, 48 * s, 13);
  text(caption.filters, pad, 66 * s, 12, MUTED);
  ctx.drawImage(graph, 0, header);
  const top = header + graph.height + 22 * s;
  for (const { entry, x: at, row: line } of placed) {
    const y = top + line * 20 * s;
    ctx.fillStyle = entry.color;
    if (entry.shape === 'dot') {
      ctx.beginPath();
      ctx.arc(at + 6 * s, y - 4 * s, 5 * s, 0, Math.PI * 2);
      ctx.fill();
    } else ctx.fillRect(at, y - 5 * s, 14 * s, 3 * s);
    text(entry.label, at + 18 * s, y, 12);
  }
  const legendY = top + row * 20 * s;
  text(caption.source, pad, legendY + 26 * s, 11, MUTED);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture could not be encoded'))), 'image/png'),
  );
  const bytes = withTextChunk(
    withTextChunk(new Uint8Array(await blob.arrayBuffer()), 'Title', caption.title),
    'Description',
    captionText(caption),
  );
  return new Blob([bytes], { type: 'image/png' });
}

/** The SVG: the same header, legend and source as text (selectable, searchable), the graph as an embedded picture at `scale`. */
export async function exportSvg(context: AppContext, scale: ExportScale): Promise<Blob> {
  const caption = currentCaption(context);
  const graph = await graphCanvas(context, scale);
  const { width, height } = context.renderer.sigma.getDimensions();
  const header = 74;
  const footer = 64;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('xmlns', ns);
  svg.setAttribute('width', String(width * scale));
  svg.setAttribute('height', String((height + header + footer) * scale));
  svg.setAttribute('viewBox', `0 0 ${width} ${height + header + footer}`);
  const add = (tag: string, attributes: Record<string, string | number>, content?: string) => {
    const element = document.createElementNS(ns, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
    if (content !== undefined) element.textContent = content; // text, never markup
    svg.append(element);
    return element;
  };
  add('title', {}, caption.title);
  add('desc', {}, captionText(caption));
  add('rect', { x: 0, y: 0, width, height: height + header + footer, fill: '#ffffff' });
  add('text', { x: 16, y: 26, 'font-family': FONT, 'font-size': 18, 'font-weight': 700, fill: INK }, caption.title);
  add('text', { x: 16, y: 48, 'font-family': FONT, 'font-size': 13, fill: INK }, caption.when);
  add('text', { x: 16, y: 66, 'font-family': FONT, 'font-size': 12, fill: MUTED }, caption.filters);
  add('image', { x: 0, y: header, width, height, href: graph.toDataURL('image/png') });
  let x = 16;
  const legendY = header + height + 22;
  for (const entry of legendEntries(context)) {
    if (entry.shape === 'dot') add('circle', { cx: x + 6, cy: legendY - 4, r: 5, fill: entry.color });
    else add('rect', { x, y: legendY - 5, width: 14, height: 3, fill: entry.color });
    add('text', { x: x + 18, y: legendY, 'font-family': FONT, 'font-size': 12, fill: INK }, entry.label);
    x += 18 + entry.label.length * 6.5 + 14;
  }
  add('text', { x: 16, y: legendY + 26, 'font-family': FONT, 'font-size': 11, fill: MUTED }, caption.source);
  return new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' });
}

/** Saves a blob as a file through a temporary link. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
