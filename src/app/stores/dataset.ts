import { defineStore } from 'pinia'
import { markRaw, ref, shallowRef } from 'vue'
import type { Dataset } from '../../model/index.ts'
import { indexDataset, type DatasetIndex } from '../data/figures.ts'
import { DatasetError, loadDataset, type DatasetFailure } from '../data/loadDataset.ts'
import { DATA_READY_MARK, markOnce } from '../composables/perf.ts'

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/**
 * The loaded dataset. Kept in a shallowRef and marked raw: thousands of figures and long article texts
 * gain nothing from deep reactivity and would cost a proxy per object.
 */
export const useDatasetStore = defineStore('dataset', () => {
  const dataset = shallowRef<Dataset | null>(null)
  const index = shallowRef<DatasetIndex | null>(null)
  const status = ref<LoadStatus>('idle')
  const error = ref('')
  /** Why loading failed, for the interface to say in the reader's language; null when not a DatasetError. */
  const failure = shallowRef<DatasetFailure | null>(null)
  let pending: Promise<void> | null = null

  function use(loaded: Dataset) {
    dataset.value = markRaw(loaded)
    index.value = markRaw(indexDataset(loaded))
    status.value = 'ready'
    error.value = ''
    failure.value = null
    markOnce(DATA_READY_MARK)
  }

  function load(loader: () => Promise<Dataset> = () => loadDataset()): Promise<void> {
    if (status.value === 'ready') return Promise.resolve()
    pending ??= (async () => {
      status.value = 'loading'
      try {
        use(await loader())
      } catch (e) {
        status.value = 'error'
        error.value = (e as Error).message || String(e)
        failure.value = e instanceof DatasetError ? e.failure : null
      } finally {
        pending = null
      }
    })()
    return pending
  }

  return { dataset, index, status, error, failure, load, use }
})
