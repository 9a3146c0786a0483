// A throw-away database on a PostgreSQL server, for migration generation and checks.
const { randomUUID } = require('crypto');
const { Client } = require('pg');

async function withTemporaryPostgresDatabase(serverUrl, use) {
  const name = `maillage_tmp_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await use(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

module.exports = { withTemporaryPostgresDatabase };
