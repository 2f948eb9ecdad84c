import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sourcingProfile } from '../../src/attribution/sourcing.js'
import { attributionsOf, documentOf } from './find.js'

const profileOf = (text: string) => {
  const document = documentOf(text)
  return sourcingProfile(attributionsOf(text), text, document.sentences)
}

test('one unnamed source speaking through an outlet is a single source', () => {
  const profile = profileOf(
    'كشف مصدر مطلع لقناة الجزيرة عن خلافات داخل الوفد. وأوضح المصدر أن الجلسة انتهت بلا نتيجة. وأضاف أن موعد الجولة المقبلة لم يحدد.',
  )
  assert.equal(profile.anonymous, 1)
  assert.equal(profile.named + profile.officialBodies + profile.outlets + profile.documents, 0)
  assert.equal(profile.attributions, 3)
  assert.equal(profile.singleSource, true)
})

test('words reported within a source rest on that source', () => {
  const profile = profileOf('وأشار مصدر دبلوماسي إلى أن الوزير أكد استعداد بلاده للحوار.')
  assert.equal(profile.attributions, 2)
  assert.equal(profile.anonymous, 1)
  assert.equal(profile.named, 1)
  assert.equal(profile.singleSource, true)
})

test('several sources of several kinds are counted apart', () => {
  const profile = profileOf(
    'قال وزير الدفاع التركي إن العملية انتهت. وأعلنت وزارة الخارجية الروسية أن المحادثات ستستمر. وذكرت وكالة رويترز أن الاتفاق بات قريباً.',
  )
  assert.deepEqual(
    [profile.named, profile.officialBodies, profile.outlets, profile.singleSource],
    [1, 1, 1, false],
  )
})

test('the own-voice share is the part of the sentences no one is reported saying', () => {
  const text = 'وصل الوفد إلى العاصمة صباح اليوم وسط إجراءات أمنية مشددة. وقال مصدر إن اللقاء سيعقد غداً.'
  const profile = profileOf(text)
  assert.ok(profile.ownVoiceShare > 0.6 && profile.ownVoiceShare < 0.9, String(profile.ownVoiceShare))
  assert.equal(profileOf('وصل الوفد إلى العاصمة.').ownVoiceShare, 1)
  assert.equal(sourcingProfile([], '').ownVoiceShare, 1)
})
