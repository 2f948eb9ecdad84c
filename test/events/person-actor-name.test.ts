import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyze } from '../../src/pipeline/analyze.js'

test('a titled person of no known country is named with their sector, not as a bare sector', () => {
  const analysis = analyze({
    id: 'minister-visit',
    text: 'قال مصدر مطلع إن الوزير سامي أبو الخير سيزور القاهرة الأسبوع المقبل لبحث ملف الطاقة.',
    published: '2025-08-20',
  })
  const visit = analysis.events.find((event) => event.trigger.text === 'سيزور')
  assert.ok(visit, 'the visit is coded')
  const [actor] = visit.actors
  assert.equal(actor?.code, 'GOV')
  const person = analysis.entities.find((entity) => entity.id === actor?.entity)
  assert.equal(person?.type, 'PERS')
  assert.equal(actor?.name, `${person?.latin} (government)`)
  assert.match(visit.summary, /^Sami Abu al-Khayr \(government\) will visit Egypt/)
})
