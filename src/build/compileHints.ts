import type { Plugin } from 'vite'

/**
 * V8's explicit compile hint: a script that opens with this comment has every function compiled as it is streamed,
 * on a background thread, instead of each one on the main thread at its first call.
 * https://v8.dev/blog/explicit-compile-hints
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/**
 * Marks every script chunk of a build with the compile hint. The app's chunks are code a view runs as it opens (the
 * framework, the view, the chart library): compiled lazily, a first chart spent most of its main-thread time
 * compiling the chart library's functions one by one as they were first called. Browsers other than Chrome read
 * the line as a comment.
 *
 * Added in `generateBundle`, after minification (which drops comments) and after Vite's own additions. File names
 * keep the hash of the code without the line: the line is the same in every build, so a changed name still means
 * changed code.
 */
export function compileHints(): Plugin {
  return {
    name: 'nmg-compile-hints',
    apply: 'build',
    generateBundle: {
      // Last: Vite's own pass puts its preload map (`const __vite__mapDeps=…`) at the top of some chunks.
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && !file.code.startsWith(COMPILE_HINT)) file.code = COMPILE_HINT + file.code
        }
      },
    },
  }
}
