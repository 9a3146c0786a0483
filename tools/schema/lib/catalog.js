// schemas/catalog.json: the list the API and the portal read to offer schemas and versions.
function renderCatalog(schemaVersions) {
  const byName = new Map();
  for (const { name, version } of schemaVersions) {
    if (!byName.has(name)) byName.set(name, []);
    byName.get(name).push(version);
  }
  const schemas = [...byName].map(([name, versions]) => {
    const latest = versions[versions.length - 1];
    return { name, versions, latest, path: `${name}/${latest}/schema.json` };
  });
  return JSON.stringify({ schemas }, null, 2) + '\n';
}

module.exports = { renderCatalog };
