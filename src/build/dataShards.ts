/** The dataset cut into files the app fetches per view: see src/model/shards.ts, where the contract and the cut live. */
export { CATALOGUE_PATH, LINES_DIR, PAGES_PATH, PROVENANCE_DIR, SERIES_DIR, dataShards, linesPath, pathSegment, provenancePath, seriesPath, sketchLine } from '../model/shards.ts'
export type { Catalogue, LineSketch, ProvenanceShard } from '../model/shards.ts'
