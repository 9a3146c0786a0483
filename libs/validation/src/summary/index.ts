export { summarize } from './summarize';
export type { Summary, SummaryItem } from './summarize';
export { summarizeText } from './text';
