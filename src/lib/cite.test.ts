import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago, citationKey, gbt7714, ris, type Citation, type Lang } from './cite.ts';

// Citations are built from the real plan frontmatter and block data, the way the site builds them;
// every expected string below is written out by hand from the style rules, not produced by the code.
const root = resolve(import.meta.dirname, '../..');

interface Frontmatter {
  title: string;
  issuer: string | null;
  docNumber: string | null;
  issued: { date: string | null };
}
interface Block {
  eid: string;
  label: Record<Lang, string>;
  heading: Record<Lang, string> | null;
}

const frontmatter = (slug: string, lang: Lang) =>
  loadYaml(readFileSync(join(root, `content/plans/${lang}/${slug}.mdx`), 'utf8').split(/^---$/m)[1]!) as Frontmatter;
const blocks = (slug: string) =>
  (JSON.parse(readFileSync(join(root, `content/data/blocks/${slug}.json`), 'utf8')) as { blocks: Block[] }).blocks;

/** A citation of one real block, as the block's page would build it. */
function cite(slug: string, eid: string, lang: Lang): Citation {
  const zh = frontmatter(slug, 'zh');
  const fm = frontmatter(slug, lang);
  const block = blocks(slug).find((b) => b.eid === eid);
  if (!block) throw new Error(`no block ${eid} in ${slug}`);
  return {
    lang,
    plan: { slug, title: fm.title, titleZh: zh.title, issuer: fm.issuer, issuerZh: zh.issuer, docNumber: fm.docNumber, docNumberZh: zh.docNumber, date: fm.issued.date },
    block: { eid, label: block.label[lang], title: block.heading?.[lang] ?? null },
    url: `https://ipatlas.example/${lang}/plans/${slug}/#${eid}`,
    accessed: '2026-11-24',
    siteName: 'IP Plan Atlas',
  };
}

interface Case {
  slug: string;
  eid: string;
  lang: Lang;
  gbt: string;
  chicago: string;
  apa: string;
  bibtex?: string;
  ris?: string[];
}

const cases: Case[] = [
  {
    slug: 'dehua',
    eid: 'chp_1__sec_1',
    lang: 'zh',
    gbt: '德化县知识产权工作领导小组办公室. 德化县“十四五”知识产权发展规划: 德知办〔2023〕1号: 一、（一） 十三五期间知识产权保护取得的成绩[EB/OL]. (2023-01-30)[2026-11-24]. https://ipatlas.example/zh/plans/dehua/#chp_1__sec_1.',
    chicago:
      '德化县知识产权工作领导小组办公室. 德化县“十四五”知识产权发展规划. 德知办〔2023〕1号. January 30, 2023. 一、（一） “十三五期间知识产权保护取得的成绩.” IP Plan Atlas. Accessed November 24, 2026. https://ipatlas.example/zh/plans/dehua/#chp_1__sec_1.',
    apa: '德化县知识产权工作领导小组办公室. (2023, January 30). 德化县“十四五”知识产权发展规划: 一、（一） 十三五期间知识产权保护取得的成绩 (德知办〔2023〕1号). IP Plan Atlas. Retrieved November 24, 2026, from https://ipatlas.example/zh/plans/dehua/#chp_1__sec_1',
    bibtex: `@misc{dehua2023_chp_1__sec_1,
  author = {{德化县知识产权工作领导小组办公室}},
  title = {{德化县“十四五”知识产权发展规划: 德知办〔2023〕1号: 一、（一） 十三五期间知识产权保护取得的成绩}},
  howpublished = {IP Plan Atlas},
  year = {2023},
  date = {2023-01-30},
  url = {https://ipatlas.example/zh/plans/dehua/#chp_1__sec_1},
  urldate = {2026-11-24},
}
`,
    ris: [
      'TY  - GOVDOC',
      'ID  - dehua2023_chp_1__sec_1',
      'AU  - 德化县知识产权工作领导小组办公室',
      'TI  - 德化县“十四五”知识产权发展规划: 德知办〔2023〕1号: 一、（一） 十三五期间知识产权保护取得的成绩',
      'PY  - 2023',
      'DA  - 2023/01/30',
      'DB  - IP Plan Atlas',
      'UR  - https://ipatlas.example/zh/plans/dehua/#chp_1__sec_1',
      'Y2  - 2026/11/24',
      'LA  - zh',
      'ER  - ',
    ],
  },
  {
    slug: 'dehua',
    eid: 'chp_1__sec_1',
    lang: 'en',
    gbt: 'Office of the Dehua County Leading Group for Intellectual Property Work. 14th Five-Year Plan for Intellectual Property Development of Dehua County: De Zhi Ban [2023] No. 1: Part 1, Section (1), Achievements in IP Protection during the 13th Five-Year Plan Period[EB/OL]. Reference translation by IP Plan Atlas of the Chinese original, 德化县“十四五”知识产权发展规划 (德知办〔2023〕1号). (2023-01-30)[2026-11-24]. https://ipatlas.example/en/plans/dehua/#chp_1__sec_1.',
    chicago:
      'Office of the Dehua County Leading Group for Intellectual Property Work. 14th Five-Year Plan for Intellectual Property Development of Dehua County. De Zhi Ban [2023] No. 1. January 30, 2023. Part 1, Section (1), “Achievements in IP Protection during the 13th Five-Year Plan Period.” Reference translation by IP Plan Atlas of the Chinese original, 德化县“十四五”知识产权发展规划 (德知办〔2023〕1号). Accessed November 24, 2026. https://ipatlas.example/en/plans/dehua/#chp_1__sec_1.',
    apa: 'Office of the Dehua County Leading Group for Intellectual Property Work. (2023, January 30). 14th Five-Year Plan for Intellectual Property Development of Dehua County: Part 1, Section (1), Achievements in IP Protection during the 13th Five-Year Plan Period (De Zhi Ban [2023] No. 1) [Reference translation by IP Plan Atlas of the Chinese original, 德化县“十四五”知识产权发展规划 (德知办〔2023〕1号)]. IP Plan Atlas. Retrieved November 24, 2026, from https://ipatlas.example/en/plans/dehua/#chp_1__sec_1',
    bibtex: `@misc{dehua2023_chp_1__sec_1_en,
  author = {{Office of the Dehua County Leading Group for Intellectual Property Work}},
  title = {{14th Five-Year Plan for Intellectual Property Development of Dehua County: De Zhi Ban [2023] No. 1: Part 1, Section (1), Achievements in IP Protection during the 13th Five-Year Plan Period}},
  howpublished = {IP Plan Atlas},
  year = {2023},
  date = {2023-01-30},
  url = {https://ipatlas.example/en/plans/dehua/#chp_1__sec_1},
  urldate = {2026-11-24},
  note = {Reference translation by IP Plan Atlas of the Chinese original, 德化县“十四五”知识产权发展规划 (德知办〔2023〕1号).},
}
`,
    ris: [
      'TY  - GOVDOC',
      'ID  - dehua2023_chp_1__sec_1_en',
      'AU  - Office of the Dehua County Leading Group for Intellectual Property Work',
      'TI  - 14th Five-Year Plan for Intellectual Property Development of Dehua County: De Zhi Ban [2023] No. 1: Part 1, Section (1), Achievements in IP Protection during the 13th Five-Year Plan Period',
      'PY  - 2023',
      'DA  - 2023/01/30',
      'DB  - IP Plan Atlas',
      'UR  - https://ipatlas.example/en/plans/dehua/#chp_1__sec_1',
      'Y2  - 2026/11/24',
      'LA  - en',
      'N1  - Reference translation by IP Plan Atlas of the Chinese original, 德化县“十四五”知识产权发展规划 (德知办〔2023〕1号).',
      'ER  - ',
    ],
  },
  // A block without a section title: the label stands alone.
  {
    slug: 'dehua',
    eid: 'preamble__para_1',
    lang: 'zh',
    gbt: '德化县知识产权工作领导小组办公室. 德化县“十四五”知识产权发展规划: 德知办〔2023〕1号: 前言 第1段[EB/OL]. (2023-01-30)[2026-11-24]. https://ipatlas.example/zh/plans/dehua/#preamble__para_1.',
    chicago:
      '德化县知识产权工作领导小组办公室. 德化县“十四五”知识产权发展规划. 德知办〔2023〕1号. January 30, 2023. 前言 第1段. IP Plan Atlas. Accessed November 24, 2026. https://ipatlas.example/zh/plans/dehua/#preamble__para_1.',
    apa: '德化县知识产权工作领导小组办公室. (2023, January 30). 德化县“十四五”知识产权发展规划: 前言 第1段 (德知办〔2023〕1号). IP Plan Atlas. Retrieved November 24, 2026, from https://ipatlas.example/zh/plans/dehua/#preamble__para_1',
  },
  {
    slug: 'dehua',
    eid: 'preamble__para_1',
    lang: 'en',
    gbt: 'Office of the Dehua County Leading Group for Intellectual Property Work. 14th Five-Year Plan for Intellectual Property Development of Dehua County: De Zhi Ban [2023] No. 1: Preamble, paragraph 1[EB/OL]. Reference translation by IP Plan Atlas of the Chinese original, 德化县“十四五”知识产权发展规划 (德知办〔2023〕1号). (2023-01-30)[2026-11-24]. https://ipatlas.example/en/plans/dehua/#preamble__para_1.',
    chicago:
      'Office of the Dehua County Leading Group for Intellectual Property Work. 14th Five-Year Plan for Intellectual Property Development of Dehua County. De Zhi Ban [2023] No. 1. January 30, 2023. Preamble, paragraph 1. Reference translation by IP Plan Atlas of the Chinese original, 德化县“十四五”知识产权发展规划 (德知办〔2023〕1号). Accessed November 24, 2026. https://ipatlas.example/en/plans/dehua/#preamble__para_1.',
    apa: 'Office of the Dehua County Leading Group for Intellectual Property Work. (2023, January 30). 14th Five-Year Plan for Intellectual Property Development of Dehua County: Preamble, paragraph 1 (De Zhi Ban [2023] No. 1) [Reference translation by IP Plan Atlas of the Chinese original, 德化县“十四五”知识产权发展规划 (德知办〔2023〕1号)]. IP Plan Atlas. Retrieved November 24, 2026, from https://ipatlas.example/en/plans/dehua/#preamble__para_1',
  },
  {
    slug: 'nanan',
    eid: 'chp_3__sec_2__subsec_1',
    lang: 'zh',
    gbt: '南安市人民政府办公室. 南安市国家知识产权强县建设示范县工作方案: 南政办〔2022〕8号: 三、（二）1. 知识产权创造能力显著增强[EB/OL]. (2022-01-25)[2026-11-24]. https://ipatlas.example/zh/plans/nanan/#chp_3__sec_2__subsec_1.',
    chicago:
      '南安市人民政府办公室. 南安市国家知识产权强县建设示范县工作方案. 南政办〔2022〕8号. January 25, 2022. 三、（二）1. “知识产权创造能力显著增强.” IP Plan Atlas. Accessed November 24, 2026. https://ipatlas.example/zh/plans/nanan/#chp_3__sec_2__subsec_1.',
    apa: '南安市人民政府办公室. (2022, January 25). 南安市国家知识产权强县建设示范县工作方案: 三、（二）1. 知识产权创造能力显著增强 (南政办〔2022〕8号). IP Plan Atlas. Retrieved November 24, 2026, from https://ipatlas.example/zh/plans/nanan/#chp_3__sec_2__subsec_1',
    bibtex: `@misc{nanan2022_chp_3__sec_2__subsec_1,
  author = {{南安市人民政府办公室}},
  title = {{南安市国家知识产权强县建设示范县工作方案: 南政办〔2022〕8号: 三、（二）1. 知识产权创造能力显著增强}},
  howpublished = {IP Plan Atlas},
  year = {2022},
  date = {2022-01-25},
  url = {https://ipatlas.example/zh/plans/nanan/#chp_3__sec_2__subsec_1},
  urldate = {2026-11-24},
}
`,
    ris: [
      'TY  - GOVDOC',
      'ID  - nanan2022_chp_3__sec_2__subsec_1',
      'AU  - 南安市人民政府办公室',
      'TI  - 南安市国家知识产权强县建设示范县工作方案: 南政办〔2022〕8号: 三、（二）1. 知识产权创造能力显著增强',
      'PY  - 2022',
      'DA  - 2022/01/25',
      'DB  - IP Plan Atlas',
      'UR  - https://ipatlas.example/zh/plans/nanan/#chp_3__sec_2__subsec_1',
      'Y2  - 2026/11/24',
      'LA  - zh',
      'ER  - ',
    ],
  },
  {
    slug: 'nanan',
    eid: 'chp_3__sec_2__subsec_1',
    lang: 'en',
    gbt: 'General Office of the Nan’an Municipal People’s Government. Work Plan of Nan’an City as a National Demonstration County for Building an IP-Strong County: Nan Zheng Ban [2022] No. 8: Part 3, Section (2), Item 1, Significantly enhanced IP creation capacity[EB/OL]. Reference translation by IP Plan Atlas of the Chinese original, 南安市国家知识产权强县建设示范县工作方案 (南政办〔2022〕8号). (2022-01-25)[2026-11-24]. https://ipatlas.example/en/plans/nanan/#chp_3__sec_2__subsec_1.',
    chicago:
      'General Office of the Nan’an Municipal People’s Government. Work Plan of Nan’an City as a National Demonstration County for Building an IP-Strong County. Nan Zheng Ban [2022] No. 8. January 25, 2022. Part 3, Section (2), Item 1, “Significantly enhanced IP creation capacity.” Reference translation by IP Plan Atlas of the Chinese original, 南安市国家知识产权强县建设示范县工作方案 (南政办〔2022〕8号). Accessed November 24, 2026. https://ipatlas.example/en/plans/nanan/#chp_3__sec_2__subsec_1.',
    apa: 'General Office of the Nan’an Municipal People’s Government. (2022, January 25). Work Plan of Nan’an City as a National Demonstration County for Building an IP-Strong County: Part 3, Section (2), Item 1, Significantly enhanced IP creation capacity (Nan Zheng Ban [2022] No. 8) [Reference translation by IP Plan Atlas of the Chinese original, 南安市国家知识产权强县建设示范县工作方案 (南政办〔2022〕8号)]. IP Plan Atlas. Retrieved November 24, 2026, from https://ipatlas.example/en/plans/nanan/#chp_3__sec_2__subsec_1',
    bibtex: `@misc{nanan2022_chp_3__sec_2__subsec_1_en,
  author = {{General Office of the Nan’an Municipal People’s Government}},
  title = {{Work Plan of Nan’an City as a National Demonstration County for Building an IP-Strong County: Nan Zheng Ban [2022] No. 8: Part 3, Section (2), Item 1, Significantly enhanced IP creation capacity}},
  howpublished = {IP Plan Atlas},
  year = {2022},
  date = {2022-01-25},
  url = {https://ipatlas.example/en/plans/nanan/#chp_3__sec_2__subsec_1},
  urldate = {2026-11-24},
  note = {Reference translation by IP Plan Atlas of the Chinese original, 南安市国家知识产权强县建设示范县工作方案 (南政办〔2022〕8号).},
}
`,
    ris: [
      'TY  - GOVDOC',
      'ID  - nanan2022_chp_3__sec_2__subsec_1_en',
      'AU  - General Office of the Nan’an Municipal People’s Government',
      'TI  - Work Plan of Nan’an City as a National Demonstration County for Building an IP-Strong County: Nan Zheng Ban [2022] No. 8: Part 3, Section (2), Item 1, Significantly enhanced IP creation capacity',
      'PY  - 2022',
      'DA  - 2022/01/25',
      'DB  - IP Plan Atlas',
      'UR  - https://ipatlas.example/en/plans/nanan/#chp_3__sec_2__subsec_1',
      'Y2  - 2026/11/24',
      'LA  - en',
      'N1  - Reference translation by IP Plan Atlas of the Chinese original, 南安市国家知识产权强县建设示范县工作方案 (南政办〔2022〕8号).',
      'ER  - ',
    ],
  },
  // No issuer, no document number, no date: the plan's title leads.
  {
    slug: 'chaozhou',
    eid: 'chp_1__sec_1__para_2',
    lang: 'zh',
    gbt: '潮州市知识产权事业发展“十四五”规划: 一、（一） 第2段 “十三五”时期取得的成就[EB/OL]. (未注明日期)[2026-11-24]. https://ipatlas.example/zh/plans/chaozhou/#chp_1__sec_1__para_2.',
    chicago:
      '潮州市知识产权事业发展“十四五”规划. n.d. 一、（一） 第2段 “‘十三五’时期取得的成就.” IP Plan Atlas. Accessed November 24, 2026. https://ipatlas.example/zh/plans/chaozhou/#chp_1__sec_1__para_2.',
    apa: '潮州市知识产权事业发展“十四五”规划: 一、（一） 第2段 “十三五”时期取得的成就. (n.d.). IP Plan Atlas. Retrieved November 24, 2026, from https://ipatlas.example/zh/plans/chaozhou/#chp_1__sec_1__para_2',
    bibtex: `@misc{chaozhou_nd_chp_1__sec_1__para_2,
  title = {{潮州市知识产权事业发展“十四五”规划: 一、（一） 第2段 “十三五”时期取得的成就}},
  howpublished = {IP Plan Atlas},
  year = {未注明日期},
  url = {https://ipatlas.example/zh/plans/chaozhou/#chp_1__sec_1__para_2},
  urldate = {2026-11-24},
}
`,
    ris: [
      'TY  - GOVDOC',
      'ID  - chaozhou_nd_chp_1__sec_1__para_2',
      'TI  - 潮州市知识产权事业发展“十四五”规划: 一、（一） 第2段 “十三五”时期取得的成就',
      'DA  - 未注明日期',
      'DB  - IP Plan Atlas',
      'UR  - https://ipatlas.example/zh/plans/chaozhou/#chp_1__sec_1__para_2',
      'Y2  - 2026/11/24',
      'LA  - zh',
      'ER  - ',
    ],
  },
  {
    slug: 'chaozhou',
    eid: 'chp_1__sec_1__para_2',
    lang: 'en',
    gbt: '14th Five-Year Plan of Chaozhou City for the Development of Intellectual Property Undertakings: Part 1, Section (1), paragraph 2, Achievements in the 13th Five-Year Plan Period[EB/OL]. Reference translation by IP Plan Atlas of the Chinese original, 潮州市知识产权事业发展“十四五”规划. (n.d.)[2026-11-24]. https://ipatlas.example/en/plans/chaozhou/#chp_1__sec_1__para_2.',
    chicago:
      '14th Five-Year Plan of Chaozhou City for the Development of Intellectual Property Undertakings. n.d. Part 1, Section (1), paragraph 2, “Achievements in the 13th Five-Year Plan Period.” Reference translation by IP Plan Atlas of the Chinese original, 潮州市知识产权事业发展“十四五”规划. Accessed November 24, 2026. https://ipatlas.example/en/plans/chaozhou/#chp_1__sec_1__para_2.',
    apa: '14th Five-Year Plan of Chaozhou City for the Development of Intellectual Property Undertakings: Part 1, Section (1), paragraph 2, Achievements in the 13th Five-Year Plan Period [Reference translation by IP Plan Atlas of the Chinese original, 潮州市知识产权事业发展“十四五”规划]. (n.d.). IP Plan Atlas. Retrieved November 24, 2026, from https://ipatlas.example/en/plans/chaozhou/#chp_1__sec_1__para_2',
    bibtex: `@misc{chaozhou_nd_chp_1__sec_1__para_2_en,
  title = {{14th Five-Year Plan of Chaozhou City for the Development of Intellectual Property Undertakings: Part 1, Section (1), paragraph 2, Achievements in the 13th Five-Year Plan Period}},
  howpublished = {IP Plan Atlas},
  year = {n.d.},
  url = {https://ipatlas.example/en/plans/chaozhou/#chp_1__sec_1__para_2},
  urldate = {2026-11-24},
  note = {Reference translation by IP Plan Atlas of the Chinese original, 潮州市知识产权事业发展“十四五”规划.},
}
`,
    ris: [
      'TY  - GOVDOC',
      'ID  - chaozhou_nd_chp_1__sec_1__para_2_en',
      'TI  - 14th Five-Year Plan of Chaozhou City for the Development of Intellectual Property Undertakings: Part 1, Section (1), paragraph 2, Achievements in the 13th Five-Year Plan Period',
      'DA  - n.d.',
      'DB  - IP Plan Atlas',
      'UR  - https://ipatlas.example/en/plans/chaozhou/#chp_1__sec_1__para_2',
      'Y2  - 2026/11/24',
      'LA  - en',
      'N1  - Reference translation by IP Plan Atlas of the Chinese original, 潮州市知识产权事业发展“十四五”规划.',
      'ER  - ',
    ],
  },
  {
    slug: 'huantai',
    eid: 'chp_2__sec_1',
    lang: 'zh',
    gbt: '桓台县人民政府. 桓台县国家知识产权强县示范县建设工作方案（2022—2025年）: 桓政字〔2022〕73号: 二、（一） 总体目标[EB/OL]. (2022-11-26)[2026-11-24]. https://ipatlas.example/zh/plans/huantai/#chp_2__sec_1.',
    chicago:
      '桓台县人民政府. 桓台县国家知识产权强县示范县建设工作方案（2022—2025年）. 桓政字〔2022〕73号. November 26, 2022. 二、（一） “总体目标.” IP Plan Atlas. Accessed November 24, 2026. https://ipatlas.example/zh/plans/huantai/#chp_2__sec_1.',
    apa: '桓台县人民政府. (2022, November 26). 桓台县国家知识产权强县示范县建设工作方案（2022—2025年）: 二、（一） 总体目标 (桓政字〔2022〕73号). IP Plan Atlas. Retrieved November 24, 2026, from https://ipatlas.example/zh/plans/huantai/#chp_2__sec_1',
    bibtex: `@misc{huantai2022_chp_2__sec_1,
  author = {{桓台县人民政府}},
  title = {{桓台县国家知识产权强县示范县建设工作方案（2022—2025年）: 桓政字〔2022〕73号: 二、（一） 总体目标}},
  howpublished = {IP Plan Atlas},
  year = {2022},
  date = {2022-11-26},
  url = {https://ipatlas.example/zh/plans/huantai/#chp_2__sec_1},
  urldate = {2026-11-24},
}
`,
    ris: [
      'TY  - GOVDOC',
      'ID  - huantai2022_chp_2__sec_1',
      'AU  - 桓台县人民政府',
      'TI  - 桓台县国家知识产权强县示范县建设工作方案（2022—2025年）: 桓政字〔2022〕73号: 二、（一） 总体目标',
      'PY  - 2022',
      'DA  - 2022/11/26',
      'DB  - IP Plan Atlas',
      'UR  - https://ipatlas.example/zh/plans/huantai/#chp_2__sec_1',
      'Y2  - 2026/11/24',
      'LA  - zh',
      'ER  - ',
    ],
  },
  {
    slug: 'huantai',
    eid: 'chp_2__sec_1',
    lang: 'en',
    gbt: 'People’s Government of Huantai County. Work Plan of Huantai County for Its Development as a National Demonstration County for Building an IP-Strong County (2022–2025): Huan Zheng Zi [2022] No. 73: Part 2, Section (1), Overall Goals[EB/OL]. Reference translation by IP Plan Atlas of the Chinese original, 桓台县国家知识产权强县示范县建设工作方案（2022—2025年） (桓政字〔2022〕73号). (2022-11-26)[2026-11-24]. https://ipatlas.example/en/plans/huantai/#chp_2__sec_1.',
    chicago:
      'People’s Government of Huantai County. Work Plan of Huantai County for Its Development as a National Demonstration County for Building an IP-Strong County (2022–2025). Huan Zheng Zi [2022] No. 73. November 26, 2022. Part 2, Section (1), “Overall Goals.” Reference translation by IP Plan Atlas of the Chinese original, 桓台县国家知识产权强县示范县建设工作方案（2022—2025年） (桓政字〔2022〕73号). Accessed November 24, 2026. https://ipatlas.example/en/plans/huantai/#chp_2__sec_1.',
    apa: 'People’s Government of Huantai County. (2022, November 26). Work Plan of Huantai County for Its Development as a National Demonstration County for Building an IP-Strong County (2022–2025): Part 2, Section (1), Overall Goals (Huan Zheng Zi [2022] No. 73) [Reference translation by IP Plan Atlas of the Chinese original, 桓台县国家知识产权强县示范县建设工作方案（2022—2025年） (桓政字〔2022〕73号)]. IP Plan Atlas. Retrieved November 24, 2026, from https://ipatlas.example/en/plans/huantai/#chp_2__sec_1',
    bibtex: `@misc{huantai2022_chp_2__sec_1_en,
  author = {{People’s Government of Huantai County}},
  title = {{Work Plan of Huantai County for Its Development as a National Demonstration County for Building an IP-Strong County (2022–2025): Huan Zheng Zi [2022] No. 73: Part 2, Section (1), Overall Goals}},
  howpublished = {IP Plan Atlas},
  year = {2022},
  date = {2022-11-26},
  url = {https://ipatlas.example/en/plans/huantai/#chp_2__sec_1},
  urldate = {2026-11-24},
  note = {Reference translation by IP Plan Atlas of the Chinese original, 桓台县国家知识产权强县示范县建设工作方案（2022—2025年） (桓政字〔2022〕73号).},
}
`,
    ris: [
      'TY  - GOVDOC',
      'ID  - huantai2022_chp_2__sec_1_en',
      'AU  - People’s Government of Huantai County',
      'TI  - Work Plan of Huantai County for Its Development as a National Demonstration County for Building an IP-Strong County (2022–2025): Huan Zheng Zi [2022] No. 73: Part 2, Section (1), Overall Goals',
      'PY  - 2022',
      'DA  - 2022/11/26',
      'DB  - IP Plan Atlas',
      'UR  - https://ipatlas.example/en/plans/huantai/#chp_2__sec_1',
      'Y2  - 2026/11/24',
      'LA  - en',
      'N1  - Reference translation by IP Plan Atlas of the Chinese original, 桓台县国家知识产权强县示范县建设工作方案（2022—2025年） (桓政字〔2022〕73号).',
      'ER  - ',
    ],
  },
  // No issuer, no document number, no date; the section title has quotation marks of its own.
  {
    slug: 'deyang',
    eid: 'chp_2__sec_2__subsec_7',
    lang: 'zh',
    gbt: '德阳市推进国家知识产权强市建设试点城市工作方案: 二、（二）7. 强化“三星堆”品牌全方位保护[EB/OL]. (未注明日期)[2026-11-24]. https://ipatlas.example/zh/plans/deyang/#chp_2__sec_2__subsec_7.',
    chicago:
      '德阳市推进国家知识产权强市建设试点城市工作方案. n.d. 二、（二）7. “强化‘三星堆’品牌全方位保护.” IP Plan Atlas. Accessed November 24, 2026. https://ipatlas.example/zh/plans/deyang/#chp_2__sec_2__subsec_7.',
    apa: '德阳市推进国家知识产权强市建设试点城市工作方案: 二、（二）7. 强化“三星堆”品牌全方位保护. (n.d.). IP Plan Atlas. Retrieved November 24, 2026, from https://ipatlas.example/zh/plans/deyang/#chp_2__sec_2__subsec_7',
    bibtex: `@misc{deyang_nd_chp_2__sec_2__subsec_7,
  title = {{德阳市推进国家知识产权强市建设试点城市工作方案: 二、（二）7. 强化“三星堆”品牌全方位保护}},
  howpublished = {IP Plan Atlas},
  year = {未注明日期},
  url = {https://ipatlas.example/zh/plans/deyang/#chp_2__sec_2__subsec_7},
  urldate = {2026-11-24},
}
`,
    ris: [
      'TY  - GOVDOC',
      'ID  - deyang_nd_chp_2__sec_2__subsec_7',
      'TI  - 德阳市推进国家知识产权强市建设试点城市工作方案: 二、（二）7. 强化“三星堆”品牌全方位保护',
      'DA  - 未注明日期',
      'DB  - IP Plan Atlas',
      'UR  - https://ipatlas.example/zh/plans/deyang/#chp_2__sec_2__subsec_7',
      'Y2  - 2026/11/24',
      'LA  - zh',
      'ER  - ',
    ],
  },
  {
    slug: 'deyang',
    eid: 'chp_2__sec_2__subsec_7',
    lang: 'en',
    gbt: 'Work Plan of Deyang City for Advancing Its Development as a National Pilot City for Building an IP-Strong City: Part 2, Section (2), Item 7, Strengthening the all-round protection of the “Sanxingdui” brand[EB/OL]. Reference translation by IP Plan Atlas of the Chinese original, 德阳市推进国家知识产权强市建设试点城市工作方案. (n.d.)[2026-11-24]. https://ipatlas.example/en/plans/deyang/#chp_2__sec_2__subsec_7.',
    chicago:
      'Work Plan of Deyang City for Advancing Its Development as a National Pilot City for Building an IP-Strong City. n.d. Part 2, Section (2), Item 7, “Strengthening the all-round protection of the ‘Sanxingdui’ brand.” Reference translation by IP Plan Atlas of the Chinese original, 德阳市推进国家知识产权强市建设试点城市工作方案. Accessed November 24, 2026. https://ipatlas.example/en/plans/deyang/#chp_2__sec_2__subsec_7.',
    apa: 'Work Plan of Deyang City for Advancing Its Development as a National Pilot City for Building an IP-Strong City: Part 2, Section (2), Item 7, Strengthening the all-round protection of the “Sanxingdui” brand [Reference translation by IP Plan Atlas of the Chinese original, 德阳市推进国家知识产权强市建设试点城市工作方案]. (n.d.). IP Plan Atlas. Retrieved November 24, 2026, from https://ipatlas.example/en/plans/deyang/#chp_2__sec_2__subsec_7',
    bibtex: `@misc{deyang_nd_chp_2__sec_2__subsec_7_en,
  title = {{Work Plan of Deyang City for Advancing Its Development as a National Pilot City for Building an IP-Strong City: Part 2, Section (2), Item 7, Strengthening the all-round protection of the “Sanxingdui” brand}},
  howpublished = {IP Plan Atlas},
  year = {n.d.},
  url = {https://ipatlas.example/en/plans/deyang/#chp_2__sec_2__subsec_7},
  urldate = {2026-11-24},
  note = {Reference translation by IP Plan Atlas of the Chinese original, 德阳市推进国家知识产权强市建设试点城市工作方案.},
}
`,
    ris: [
      'TY  - GOVDOC',
      'ID  - deyang_nd_chp_2__sec_2__subsec_7_en',
      'TI  - Work Plan of Deyang City for Advancing Its Development as a National Pilot City for Building an IP-Strong City: Part 2, Section (2), Item 7, Strengthening the all-round protection of the “Sanxingdui” brand',
      'DA  - n.d.',
      'DB  - IP Plan Atlas',
      'UR  - https://ipatlas.example/en/plans/deyang/#chp_2__sec_2__subsec_7',
      'Y2  - 2026/11/24',
      'LA  - en',
      'N1  - Reference translation by IP Plan Atlas of the Chinese original, 德阳市推进国家知识产权强市建设试点城市工作方案.',
      'ER  - ',
    ],
  },
];

describe('citations of real blocks, checked against hand-written entries', () => {
  for (const k of cases) {
    describe(`${k.slug} ${k.eid} (${k.lang})`, () => {
      const c = cite(k.slug, k.eid, k.lang);
      it('GB/T 7714-2015', () => expect(gbt7714(c)).toBe(k.gbt));
      it('Chicago', () => expect(chicago(c)).toBe(k.chicago));
      it('APA', () => expect(apa(c)).toBe(k.apa));
      if (k.bibtex) it('BibTeX', () => expect(bibtex([c])).toBe(k.bibtex));
      if (k.ris) it('RIS', () => expect(ris([c])).toBe(k.ris!.map((l) => `${l}\r\n`).join('')));
    });
  }

  it('covers every plan in both languages', () => {
    const covered = new Set(cases.filter((k) => k.bibtex && k.ris).map((k) => `${k.slug}/${k.lang}`));
    for (const slug of ['dehua', 'nanan', 'chaozhou', 'huantai', 'deyang']) {
      expect(covered).toContain(`${slug}/zh`);
      expect(covered).toContain(`${slug}/en`);
    }
  });
});

describe('lists of citations', () => {
  const two = [cite('deyang', 'chp_2__sec_2__subsec_7', 'zh'), cite('dehua', 'chp_1__sec_1', 'en')];
  // A section title with every character TeX treats specially, to be sure none reaches TeX raw.
  const special: Citation = { ...two[1]!, block: { eid: 'chp_1', label: 'Part 1', title: 'R&D 100% $5 #1 a_b {x} ~y^ \\z' } };

  /** Entries as [key, body], found by walking braces rather than trusting line breaks. */
  function parseBibtex(s: string): [string, string][] {
    const out: [string, string][] = [];
    let i = 0;
    while ((i = s.indexOf('@misc{', i)) !== -1) {
      let depth = 0;
      let j = i + 5;
      for (; j < s.length; j++) {
        if (s[j] === '\\') j++;
        else if (s[j] === '{') depth++;
        else if (s[j] === '}' && --depth === 0) break;
      }
      expect(depth, 'braces balance').toBe(0);
      const body = s.slice(i + 6, j);
      out.push([body.slice(0, body.indexOf(',')), body]);
      i = j;
    }
    return out;
  }

  it('BibTeX: one entry per citation, unique keys, balanced braces', () => {
    const entries = parseBibtex(bibtex(two));
    expect(entries.map(([k]) => k)).toEqual(['deyang_nd_chp_2__sec_2__subsec_7', 'dehua2023_chp_1__sec_1_en']);
    expect(bibtex(two)).toBe(`${bibtex([two[0]!])}\n${bibtex([two[1]!])}`);
  });

  it('BibTeX: escapes TeX specials in values but leaves the URL for \\url', () => {
    const out = bibtex([special]);
    expect(parseBibtex(out)).toHaveLength(1);
    expect(out).toContain(
      '  title = {{14th Five-Year Plan for Intellectual Property Development of Dehua County: De Zhi Ban [2023] No. 1: Part 1, R\\&D 100\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{}y\\textasciicircum{} \\textbackslash{}z}},\n',
    );
    expect(out).toContain('  url = {https://ipatlas.example/en/plans/dehua/#chp_1__sec_1},\n');
  });

  it('BibTeX and RIS: the same block cited twice gets a second key', () => {
    const twice = [two[0]!, two[0]!];
    expect(parseBibtex(bibtex(twice)).map(([k]) => k)).toEqual(['deyang_nd_chp_2__sec_2__subsec_7', 'deyang_nd_chp_2__sec_2__subsec_7_2']);
    expect(ris(twice)).toContain('ID  - deyang_nd_chp_2__sec_2__subsec_7_2\r\n');
  });

  it('RIS: CRLF throughout, every record from TY to ER, a blank line between records', () => {
    const out = ris(two);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const records = out.split('\r\n\r\n');
    expect(records).toHaveLength(2);
    for (const r of records) {
      const lines = r.replace(/\r\n$/, '').split('\r\n');
      expect(lines[0]).toBe('TY  - GOVDOC');
      expect(lines.at(-1)).toBe('ER  - ');
      for (const l of lines) expect(l).toMatch(/^[A-Z][A-Z0-9]  - /);
    }
    expect(records.map((r) => /^ID {2}- (.*)$/m.exec(r)![1]!.trim())).toEqual(['deyang_nd_chp_2__sec_2__subsec_7', 'dehua2023_chp_1__sec_1_en']);
    expect(out).toBe(`${ris([two[0]!])}\r\n${ris([two[1]!])}`);
  });

  it('RIS: a line break inside a value cannot start a new field', () => {
    const broken: Citation = { ...special, block: { ...special.block, title: 'one\nER  - two' } };
    expect(ris([broken])).toContain('TI  - 14th Five-Year Plan for Intellectual Property Development of Dehua County: De Zhi Ban [2023] No. 1: Part 1, one ER  - two\r\n');
  });

  it('keys name the plan, the year or its absence, the block, and the translation', () => {
    expect(two.map(citationKey)).toEqual(['deyang_nd_chp_2__sec_2__subsec_7', 'dehua2023_chp_1__sec_1_en']);
  });
});
