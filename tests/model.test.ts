import { describe, expect, it } from 'vitest'
import { CORE_METRICS } from '../src/model'

describe('model', () => {
  it('names the seven metric keys other tools rely on', () => {
    expect([...CORE_METRICS].sort()).toEqual(
      ['cargo_volume', 'funding', 'gdp', 'gdp_per_capita', 'investment', 'output_value', 'value_added'],
    )
  })
})
