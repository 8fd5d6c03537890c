import { describe, warning } from './problems.js';
import type { Problem } from './types.js';

// The CSS named colours (CSS Color 4), plus `transparent`.
const NAMED = new Set(
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet
  brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan
  darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta
  darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue
  darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey
  dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray
  green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush
  lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen
  lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey
  lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue
  mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise
  mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive
  olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred
  papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue
  saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray
  slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white
  whitesmoke yellow yellowgreen transparent`.split(/\s+/),
);

/** The named colours, for the schema test and the docs. */
export const NAMED_COLORS: readonly string[] = [...NAMED];

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:%|deg|grad|rad|turn)?`;
// rgb(1, 2, 3) / rgba(1, 2, 3, 0.5) and the space form rgb(1 2 3 / 50%); hsl() likewise.
const FUNCTION = new RegExp(
  String.raw`^(?:rgba?|hsla?)\(\s*${NUMBER}(?:(?:\s*,\s*${NUMBER}){2,3}|(?:\s+${NUMBER}){2}(?:\s*\/\s*${NUMBER})?)\s*\)$`,
  'i',
);

/**
 * A colour that is safe to put in a style: hex, rgb()/hsl() with numbers only, or a CSS name.
 * Anything else (`url(…)`, `;`, `}`, `expression(…)`, `var(…)`) is refused: undefined.
 */
export function parseColor(text: string): string | undefined {
  const color = text.trim().toLowerCase();
  return HEX.test(color) || FUNCTION.test(color) || NAMED.has(color) ? color : undefined;
}

/** An optional `color` field: a refused colour is a warning and is ignored. */
export function readColor(value: unknown, path: string, problems: Problem[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    if (value.trim() === '') return undefined;
    const color = parseColor(value);
    if (color) return color;
    problems.push(
      warning(
        path,
        `"${value}" is not a colour; write #rrggbb, rgb(…) or hsl(…) with numbers, or a CSS colour name such as "teal"; ignored`,
      ),
    );
  } else {
    problems.push(
      warning(path, `must be a colour as text such as "#1f77b4", got ${describe(value)}; ignored`),
    );
  }
  return undefined;
}
