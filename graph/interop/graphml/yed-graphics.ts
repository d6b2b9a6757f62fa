// yEd's node and edge graphics inside a GraphML <data> element: the label, the geometry and the fill colour.
import { asColor } from '../cells.js';

/**
 * Reads one `<data>` of yEd graphics (`<y:ShapeNode>`, `<y:GenericNode>`, a group's `<y:ProxyAutoBoundsNode>`,
 * `<y:PolyLineEdge>`…): the first label's text, the first geometry's centre and size, the first fill colour.
 */
export class YedGraphics {
  #label?: string;
  #labelDepth = 0;
  #depth = 0;
  #geometry?: { x: number; y: number; width: number; height: number };
  #fill?: string;
  #line?: string;

  /** A start tag inside the data element (local name, without the `y:` prefix). */
  open(name: string, attributes: Record<string, string>): void {
    this.#depth++;
    if ((name === 'NodeLabel' || name === 'EdgeLabel') && this.#label === undefined) {
      this.#label = '';
      this.#labelDepth = this.#depth;
    } else if (name === 'Geometry' && !this.#geometry) {
      const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((key) => Number(attributes[key] ?? 0));
      this.#geometry = { x: x!, y: y!, width: width!, height: height! };
    } else if (name === 'Fill' && this.#fill === undefined && attributes.color) this.#fill = attributes.color;
    else if (name === 'LineStyle' && this.#line === undefined && attributes.color) this.#line = attributes.color;
  }

  /** Text: kept only directly inside the first label (its nested label-model elements hold none). */
  text(text: string): void {
    if (this.#label !== undefined && this.#depth === this.#labelDepth) this.#label += text;
  }

  close(name: string): void {
    if ((name === 'NodeLabel' || name === 'EdgeLabel') && this.#depth === this.#labelDepth) this.#labelDepth = -1;
    this.#depth--;
  }

  /** What the graphics say, as record values: label, x and y of the centre (y up), size (the larger side), color. */
  values(): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    const label = this.#label?.trim();
    if (label) values.label = label;
    if (this.#geometry) {
      const { x, y, width, height } = this.#geometry;
      values.x = x + width / 2;
      values.y = -(y + height / 2); // yEd's y grows downwards; the dataset's (Gephi's, Sigma's) upwards
      values.size = Math.max(width, height);
    }
    const color = asColor(this.#fill ?? this.#line ?? '');
    if (typeof color === 'string' && /^#[0-9a-f]{6}$/.test(color)) values.color = color;
    return values;
  }
}
