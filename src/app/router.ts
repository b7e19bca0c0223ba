import { createRouter, createWebHashHistory, type RouterHistory } from 'vue-router'
import OverviewView from './views/OverviewView.vue'

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
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
    scrollBehavior(to, from, saved) {
      if (saved) return saved
      if (to.path === from.path) return false
      return { top: 0 }
    },
  })
}
