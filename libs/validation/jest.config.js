module.exports = { ...require('../../jest.preset'), displayName: 'validation', rootDir: __dirname };
