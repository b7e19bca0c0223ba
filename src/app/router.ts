import { createRouter, createWebHashHistory, START_LOCATION, type Router, type RouterHistory } from 'vue-router'
import OverviewView from './views/OverviewView.vue'

function untilScrollable(top: number, timeoutMs = 2000): Promise<void> {
  const started = performance.now()
  return new Promise((resolve) => {
    const check = () => {
      const room = document.documentElement.scrollHeight - window.innerHeight
      if (room >= top || performance.now() - started > timeoutMs) resolve()
      else requestAnimationFrame(check)
    }
    check()
  })
}

/**
 * Hash history: the app is a static bundle that must work from any host and any sub-path without server rewrites.
 * The explorer and article views load on demand so the first view stays small.
 */
export function createAppRouter(history: RouterHistory = createWebHashHistory()) {
  return createRouter({
    history,
    routes: [
      { path: '/', name: 'overview', component: OverviewView },
      { path: '/explore', name: 'explore', component: () => import('./views/ExplorerView.vue') },
      { path: '/article/:id?', name: 'article', component: () => import('./views/ArticleView.vue') },
      { path: '/about', name: 'about', component: () => import('./views/AboutView.vue') },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
    scrollBehavior(to, from, saved) {
      // Back/forward: the overview draws its tables a frame after the cards, so wait until the page is tall
      // enough to hold the saved position, else the browser clamps it to the top.
      if (saved) return untilScrollable(saved.top).then(() => saved)
      // A deep link to a figure: the article view scrolls to the figure itself once its text is there.
      if (to.name === 'article' && typeof to.query.fig === 'string') return false
      // The first view of a page load is at the top already: scrolling there would force a layout mid-render.
      if (to.path === from.path || from === START_LOCATION) return false
      return { top: 0 }
    },
  })
}

/**
 * The route the page was opened on, as its address names it: the router itself resolves it only once the view's
 * code is in, and start-up work (fetching a chart's data, holding back the search box) needs it before.
 */
export function openedRoute(router: Router) {
  return router.resolve(typeof location === 'undefined' ? '/' : location.hash.slice(1) || '/')
}
