#!/usr/bin/env node
/**
 * Derives src/geography/departement-boxes.json: for each département, the box around the post offices of La Poste's
 * public "points de contact" files (2016 and 2020, ~35,000 geocoded points, at least one in nearly every canton),
 * after dropping points far from the département's median (misgeocoded offices).
 * Why: no npm package ships département contours; these boxes are enough to warn that a site's coordinates are
 * far from its commune's département. The raw files are not committed (see /work/shared/data/real/SOURCES.md).
 *
 * Usage: node libs/territories/scripts/build-departement-boxes.js <laposte csv>...
 */
const fs = require('fs');
const path = require('path');
const communes = require('@etalab/decoupage-administratif/data/communes.json');

const departementByCode = new Map();
for (const commune of communes) {
  if (commune.type === 'commune-actuelle' || commune.type === 'arrondissement-municipal') departementByCode.set(commune.code, commune.departement);
}
for (const commune of communes) {
  for (const former of commune.anciensCodes ?? []) if (!departementByCode.has(former)) departementByCode.set(former, commune.departement);
  if (commune.chefLieu && !departementByCode.has(commune.code)) departementByCode.set(commune.code, commune.departement);
}

const pointsByDepartement = new Map();
for (const file of process.argv.slice(2)) {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const header = lines[0].split(';');
  const inseeColumn = header.indexOf('Code_INSEE');
  const latitudeColumn = header.indexOf('Latitude');
  const longitudeColumn = header.indexOf('Longitude');
  for (const line of lines.slice(1)) {
    const cells = line.split(';');
    const departement = departementByCode.get(cells[inseeColumn]);
    const latitude = Number(cells[latitudeColumn]);
    const longitude = Number(cells[longitudeColumn]);
    if (!departement || !cells[latitudeColumn] || !Number.isFinite(latitude) || !Number.isFinite(longitude)) continue;
    if (!pointsByDepartement.has(departement)) pointsByDepartement.set(departement, []);
    pointsByDepartement.get(departement).push([longitude, latitude]);
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const kilometres = ([longitude, latitude], [centreLongitude, centreLatitude]) =>
  Math.hypot((longitude - centreLongitude) * Math.cos((centreLatitude * Math.PI) / 180), latitude - centreLatitude) * 111.32;

const boxes = {};
for (const [departement, points] of [...pointsByDepartement].sort(([a], [b]) => a.localeCompare(b))) {
  const centre = [median(points.map((point) => point[0])), median(points.map((point) => point[1]))];
  const distances = points.map((point) => kilometres(point, centre)).sort((a, b) => a - b);
  const limit = Math.max(30, 2 * distances[Math.floor(distances.length * 0.95)]);
  const kept = points.filter((point) => kilometres(point, centre) <= limit);
  const round = (value) => Math.round(value * 1000) / 1000;
  boxes[departement] = {
    west: round(Math.min(...kept.map((point) => point[0]))),
    south: round(Math.min(...kept.map((point) => point[1]))),
    east: round(Math.max(...kept.map((point) => point[0]))),
    north: round(Math.max(...kept.map((point) => point[1]))),
    points: kept.length,
    dropped: points.length - kept.length,
  };
}

const target = path.join(__dirname, '../src/geography/departement-boxes.json');
fs.writeFileSync(target, JSON.stringify(boxes, null, 1) + '\n');
console.log(`${Object.keys(boxes).length} boxes written to ${target}`);
for (const [code, box] of Object.entries(boxes)) if (box.dropped) console.log(`${code}: ${box.dropped} point(s) dropped of ${box.points + box.dropped}`);
