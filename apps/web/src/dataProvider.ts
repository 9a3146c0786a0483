import simpleRestProvider from 'ra-data-simple-rest';

// Relative URL: the API serves this app, and Vite's dev server proxies /api to it.
export const dataProvider = simpleRestProvider('/api');
