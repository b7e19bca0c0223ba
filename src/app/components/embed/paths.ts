/** Where the embed files are in a built site, relative to its index.html (snippets point there; src/embed/build.ts writes them). */
export const FRAME_PAGE_PATH = 'embed.html'
export const ELEMENT_SCRIPT_PATH = 'embed/nmg-chart.js'
export const LOADER_SCRIPT_PATH = 'embed/loader.js'
