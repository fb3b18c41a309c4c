import { useId, type JSX, type ReactNode } from 'react';

/**
 * Colours of the diagrams, set on the drawing itself so it looks the same on
 * screen, on a projector and on paper. Every one has at least 4.5:1 contrast on
 * white, and none carries meaning alone: lines also differ by dash, shapes by
 * form, and everything has a word beside it.
 */
export const ink = '#1b1f24';
export const accent = '#1f5f8b';
export const accentTint = '#e3eef6';
export const alarm = '#a3161a';
export const alarmTint = '#fbe9e9';
export const calm = '#22633a';
export const muted = '#4a5260';

interface DiagramFrameProps {
  /** Names the diagram in the page (data-diagram) and in its class, such as "urge-wave". */
  kind: string;
  title: string;
  /** Everything the drawing shows, in words: the text alternative for people who cannot see it. */
  description: string;
  /** One plain sentence shown under the drawing. */
  caption: string;
  width: number;
  height: number;
  children: ReactNode;
}

/**
 * A lesson diagram: an SVG drawing that scales to its column, with its title and
 * description as the image's accessible name and description, and a caption
 * everyone can read. Shared by every diagram in this folder.
 */
export function DiagramFrame({
  kind,
  title,
  description,
  caption,
  width,
  height,
  children,
}: DiagramFrameProps): JSX.Element {
  const id = useId();
  return (
    <figure className={`diagram diagram-${kind}`} data-diagram={kind}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="xMinYMin meet"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

interface LabelProps {
  x: number;
  y: number;
  /** The text; a "\n" starts a new line below. */
  text: string;
  anchor?: 'start' | 'middle' | 'end';
  size?: number;
  weight?: 400 | 700;
  fill?: string;
}

/** Text in a diagram, on one or more lines, large enough to read from the back of a room. */
export function Label({ x, y, text, anchor = 'start', size = 26, weight = 400, fill = ink }: LabelProps): JSX.Element {
  const lines = text.split('\n');
  return (
    <text x={x} y={y} textAnchor={anchor} fontSize={size} fontWeight={weight} fill={fill}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : size * 1.2}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** An arrowhead marker for lines in one diagram; ids are per diagram so two diagrams on a page do not clash. */
export function ArrowHead({ id, color }: { id: string; color: string }): JSX.Element {
  return (
    <marker id={id} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
      <path d="M0,0 L10,5 L0,10 z" fill={color} />
    </marker>
  );
}
