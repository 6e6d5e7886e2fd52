#!/usr/bin/env node
// Writes src/main/resources/static/geo/provinces.json, the province boundaries Netra's maps draw, from
// shared/data/geo/indonesia-38-provinces.geojson (Deny Herianto, CC BY 4.0):
//   - simplified with mapshaper (pinned in scripts/geo/package.json), topology kept, so neighbours still meet;
//   - each feature's code taken from src/main/resources/reference/regions.json by joining on the province's
//     name, not from the source's KODE_PROV (which gives the four provinces of 2022 their parent's code);
//   - properties reduced to the Kemendagri code and name; the changes recorded in the file's "metadata".
//
// Usage (from the repository root):
//   npm ci --ignore-scripts --prefix scripts/geo
//   node scripts/geo/simplify.mjs [path/to/indonesia-38-provinces.geojson]
//
// Exits non-zero, with a message, when a feature's name matches no province, a province has no feature, or the
// output is larger than MAX_BYTES.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mapshaper from 'mapshaper';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');
const SOURCE = process.argv[2] ?? resolve(REPO, '..', 'shared', 'data', 'geo', 'indonesia-38-provinces.geojson');
const REGIONS = join(REPO, 'src', 'main', 'resources', 'reference', 'regions.json');
const OUT = join(REPO, 'src', 'main', 'resources', 'static', 'geo', 'provinces.json');

// Visvalingam weighted area, keeping this share of the removable vertices; every province keeps a shape.
const KEEP = '60%';
// Decimal degrees to 0.001 (about 110 m): far below what a national map shows.
const PRECISION = 0.001;
const MAX_BYTES = 100_000;

function fail(message) {
  console.error(`simplify.mjs: ERROR: ${message}`);
  process.exit(1);
}

// The source abbreviates two official names (as everyone does); regions.json spells them out.
function official(name) {
  return name.trim()
    .replace(/^DKI\s+/i, 'Daerah Khusus Ibukota ')
    .replace(/^DI\s+/i, 'Daerah Istimewa ')
    .toLowerCase();
}

const regions = JSON.parse(readFileSync(REGIONS, 'utf8'));
const byName = new Map(regions.provinces.map(p => [official(p.name), p]));

const output = await mapshaper.applyCommands(
  `-i source.json -simplify weighted ${KEEP} keep-shapes -o out.json format=geojson precision=${PRECISION}`,
  { 'source.json': readFileSync(SOURCE, 'utf8') });
const simplified = JSON.parse(output['out.json'].toString());

const changes = [];
const seen = new Set();
const features = simplified.features.map(feature => {
  const name = feature.properties.PROVINSI;
  const province = byName.get(official(name));
  if (!province) {
    fail(`"${name}" matches no province in regions.json`);
  }
  if (seen.has(province.code)) {
    fail(`two features for ${province.code} ${province.name}`);
  }
  seen.add(province.code);
  if (feature.properties.KODE_PROV !== province.code) {
    changes.push({ code: province.code,
      text: `${province.name}: code ${feature.properties.KODE_PROV} corrected to ${province.code} (joined on the name)` });
  }
  return { type: 'Feature', id: province.code, properties: { code: province.code, name: province.name },
    geometry: feature.geometry };
}).sort((a, b) => a.id.localeCompare(b.id));

const missing = regions.provinces.filter(p => !seen.has(p.code));
if (missing.length > 0) {
  fail(`no boundary for ${missing.map(p => p.code + ' ' + p.name).join(', ')}`);
}

const collection = {
  type: 'FeatureCollection',
  metadata: {
    title: 'Indonesia, 38 provinces (simplified)',
    source: 'Indonesia GeoJSON & TopoJSON Maps (38 Provinces) by Deny Herianto, '
      + 'github.com/denyherianto/indonesia-geojson-topojson-maps-with-38-provinces (commit 80aa4a9)',
    licence: 'CC BY 4.0, https://creativecommons.org/licenses/by/4.0/',
    attribution: 'Batas provinsi: Deny Herianto, CC BY 4.0 (disederhanakan; kode Papua dikoreksi)',
    generator: 'scripts/geo/simplify.mjs',
    changes: [
      `simplified with mapshaper (Visvalingam weighted, ${KEEP} of vertices kept, shapes kept), `
        + `coordinates rounded to ${PRECISION} degrees`,
      'properties reduced to the Kemendagri code and name from reference/regions.json',
      ...changes.sort((a, b) => a.code.localeCompare(b.code)).map(c => c.text),
    ],
  },
  features,
};
const text = JSON.stringify(collection);
if (text.length > MAX_BYTES) {
  fail(`${text.length} bytes, more than ${MAX_BYTES}: simplify further`);
}
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, text + '\n');
console.log(`${OUT}: ${features.length} provinces, ${text.length} bytes`);
collection.metadata.changes.forEach(c => console.log(`  ${c}`));
