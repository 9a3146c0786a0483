export { renderAtomFeed, type AtomFeedOptions, type FeedEvent } from './atom-feed';
export { eventHeading, eventSummary, eventTitle, INFERRED_CLOSURE_TEXT } from './event-texts';
