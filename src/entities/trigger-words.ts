import { foldForTagging, stripProclitics } from './text-forms.js'

/**
 * Small closed classes of cue words around names, keyed by folded, proclitic-stripped form. The
 * tagger learns single cue words from data anyway; the classes let a rare title (الحاخام) share
 * evidence with frequent ones (الرئيس).
 */
const CLASSES = {
  /** Titles and roles that precede a person's name. */
  title: `رئيس رئيسة وزير وزيرة امير اميرة ملك ملكة سلطان شيخ شيخة امام سيد سيدة دكتور دكتورة د استاذ
    استاذة مهندس مستشار مستشارة نائب نائبة سفير سفيرة جنرال لواء عميد عقيد مقدم رائد نقيب ملازم مشير
    قائد زعيم رئيسا وزيرا نائبا سفيرا مدير مديرة مدرب لاعب المدرب محافظ حاكم قاضي القاضي مفتي مطران
    بابا البابا حاخام كاردينال الاب المتحدث متحدث الناطق ناطق مراسل مراسلة الكاتب الفنان الفنانة المطرب
    الممثل الممثلة المخرج الشاعر الروائي الصحافي الصحفي مساعد السيناتور سيناتور النائب الامين امين العاهل
    ولي الرئيسان المستشارة المستشار الدكتور المهندس الشيخ الامير الملك الرئيس الوزير السيد السيدة الحاج`,
  /** Words that head organisation names (and are part of them). */
  organisationHead: `وزارة وزارات هيئة مجلس منظمة وكالة شركة مؤسسة جامعة حزب حركة جمعية اتحاد لجنة بنك مصرف
    نادي معهد مركز صندوق محكمة جبهة تنظيم جماعة ائتلاف تحالف منتدى مجموعة صحيفة جريدة مجلة قناة اذاعة تلفزيون
    برلمان كونغرس الكونغرس الكنيست اكاديمية مستشفى فرقة كتائب قوات جيش شرطة ادارة دائرة مديرية بلدية نقابة
    الامم`,
  /** Words that introduce or head place names. */
  placeCue: `مدينة مدن محافظة ولاية اقليم منطقة قرية بلدة عاصمة العاصمة جزيرة جزر بحر نهر جبل جبال صحراء خليج
    شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط ضواحي حي شارع ميدان ساحة مطار ميناء معبر مخيم قضاء ناحية
    بلاد دولة جمهورية مملكة امارة`,
  /** Speech and report verbs, frequent right after a speaker's name. */
  speech: `قال قالت اكد اكدت اعلن اعلنت صرح صرحت اضاف اضافت اوضح اوضحت ذكر ذكرت افاد افادت اشار اشارت
    نقل نقلت يقول تقول اعتبر اعتبرت لفت لفتت شدد شددت دعا دعت طالب طالبت`,
  /** Prepositions and nouns that precede places. */
  placePreposition: 'في من الى الي عن نحو قرب داخل خارج حول عبر باتجاه لدي لدى',
} as const

export type TriggerClass = keyof typeof CLASSES

/**
 * More cue classes, counted only for cue profiles (`cue-profiles.ts`) and not as window features:
 * that keeps the first-pass models, and so their cached corpus profiles, as they were.
 */
const PROFILE_CLASSES = {
  /** Heads of team and company names left out of organisationHead. */
  teamHead: 'فريق منتخب الفريق المنتخب شركتي شركات مصنع',
  /** Heads of event, work and product names (MISC): برنامج « … », مهرجان كان, سيارة تويوتا كامري. */
  workHead: `برنامج برنامجها برنامجه مسلسل فيلم كتاب رواية مسرحية البوم اغنية قصيدة مهرجان بطولة كاس
    جائزة مسابقة دوري اولمبياد سيارة سيارات طراز طرز مركبة موديل ماركة استاد ملعب مشروع عملية`,
  /** Words around club names in match reports: مضيفه بنفيكا, تعادل ليل مع ميلان. */
  match: `مضيفه ضيفه منافسه مباراة مواجهة لقاء فوز فوزه تعادل تغلب سحق هزم خسر بطل وصيف مرمى
    شباك`,
} as const

export type CueClass = TriggerClass | keyof typeof PROFILE_CLASSES

/** Every cue class, window features' first, in a fixed order. */
export const CUE_CLASSES = [...Object.keys(CLASSES), ...Object.keys(PROFILE_CLASSES)] as CueClass[]

const lookup = <Name extends string>(classes: Record<Name, string>): Map<string, Name> => {
  const found = new Map<string, Name>()
  for (const [name, words] of Object.entries(classes) as [Name, string][]) {
    for (const word of words.split(/\s+/)) {
      if (word === '') continue
      const folded = foldForTagging(word)
      if (!found.has(folded)) found.set(folded, name)
      const stem = stripProclitics(folded)
      if (!found.has(stem)) found.set(stem, name)
    }
  }
  return found
}

const TRIGGERS = lookup(CLASSES)
const PROFILE_CUES = lookup(PROFILE_CLASSES)

/** The cue class of a folded word (tried whole, then without proclitics), or undefined. */
export const triggerClass = (folded: string, stem: string): TriggerClass | undefined =>
  TRIGGERS.get(folded) ?? TRIGGERS.get(stem)

/** The cue class of a folded word for cue profiles: a trigger class, else a profile-only class. */
export const cueClass = (folded: string, stem: string): CueClass | undefined =>
  triggerClass(folded, stem) ?? PROFILE_CUES.get(folded) ?? PROFILE_CUES.get(stem)
