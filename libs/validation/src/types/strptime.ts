import { isValidDay } from './calendar';

/** The parts a strptime-style format reads; absent parts default as in Python (1900-01-01 00:00:00). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  offsetMinutes: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

// Python's _strptime regular expressions, directive by directive.
const DIRECTIVES: Record<string, string> = {
  Y: '(?<Y>\\d\\d\\d\\d)',
  y: '(?<y>\\d\\d)',
  m: '(?<m>1[0-2]|0[1-9]|[1-9])',
  d: '(?<d>3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
  H: '(?<H>2[0-3]|[0-1]\\d|\\d)',
  I: '(?<I>1[0-2]|0[1-9]|[1-9])',
  M: '(?<M>[0-5]\\d|\\d)',
  S: '(?<S>6[0-1]|[0-5]\\d|\\d)',
  f: '(?<f>[0-9]{1,6})',
  j: '(?<j>36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
  p: '(?<p>am|pm)',
  z: '(?<z>[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|(?-i:Z))',
  Z: '(?<Z>utc|gmt|[a-z]{3,5})',
  b: `(?<b>${MONTHS.map((m) => m.slice(0, 3)).join('|')})`,
  B: `(?<B>${MONTHS.join('|')})`,
  a: `(?<a>${DAYS.map((d) => d.slice(0, 3)).join('|')})`,
  A: `(?<A>${DAYS.join('|')})`,
  '%': '%',
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiles a Python strptime format ("%d/%m/%Y") into a parser; throws on an unknown directive. */
export function createStrptime(format: string): (text: string) => DateParts | null {
  let source = '';
  for (let index = 0; index < format.length; index++) {
    const char = format[index];
    if (char === '%' && index + 1 < format.length) {
      const directive = DIRECTIVES[format[++index]];
      if (directive === undefined) throw new Error(`directive de format inconnue « %${format[index]} » dans « ${format} »`);
      source += directive;
    } else if (/\s/.test(char)) {
      source += '\\s+';
      while (index + 1 < format.length && /\s/.test(format[index + 1])) index++;
    } else {
      source += escapeRegExp(char);
    }
  }
  const pattern = new RegExp(`^${source}$`, 'i');
  return (text) => {
    const match = pattern.exec(text);
    if (match === null) return null;
    const g = match.groups ?? {};
    let year = 1900;
    if (g.Y !== undefined) year = Number(g.Y);
    else if (g.y !== undefined) year = Number(g.y) + (Number(g.y) < 69 ? 2000 : 1900);
    let month = 1;
    if (g.m !== undefined) month = Number(g.m);
    else if (g.b !== undefined) month = MONTHS.findIndex((m) => m.startsWith(g.b.toLowerCase())) + 1;
    else if (g.B !== undefined) month = MONTHS.indexOf(g.B.toLowerCase()) + 1;
    let day = g.d !== undefined ? Number(g.d.trim()) : 1;
    if (g.j !== undefined && g.m === undefined && g.d === undefined) {
      const date = new Date(Date.UTC(2000, 0, Number(g.j)));
      date.setUTCFullYear(year);
      month = date.getUTCMonth() + 1;
      day = date.getUTCDate();
    }
    let hour = g.H !== undefined ? Number(g.H) : 0;
    if (g.I !== undefined) hour = (Number(g.I) % 12) + (g.p !== undefined && g.p.toLowerCase() === 'pm' ? 12 : 0);
    const minute = g.M !== undefined ? Number(g.M) : 0;
    const second = g.S !== undefined ? Math.min(Number(g.S), 59) : 0;
    const millis = g.f !== undefined ? Math.floor(Number(g.f.padEnd(6, '0')) / 1000) : 0;
    let offsetMinutes = 0;
    if (g.z !== undefined && g.z.toUpperCase() !== 'Z') {
      const digits = g.z.slice(1).replace(/:/g, '');
      offsetMinutes = (g.z[0] === '-' ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
    }
    if (!isValidDay(year, month, day)) return null;
    return { year, month, day, hour, minute, second, millis, offsetMinutes };
  };
}
