export * from './list-query';
export * from './list-result';
export * from './list-query.decorator';
