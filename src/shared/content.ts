/**
 * What the station publishes (rule 四 信息公开), shared by the mini-program and the functions.
 * One source of truth: every item is versioned, shows when it was last updated, and earlier
 * versions are kept in `contentHistory`.
 */
export interface Phone {
  label: string;
  number: string;
}

/** Where the station is on the map (GCJ-02, what WeChat's map uses), entered by the admin. */
export interface StationLocation {
  latitude: number;
  longitude: number;
}

export interface StationInfo {
  name: string;
  address: string;
  /** issue 10: opens the map from the address (`openLocation`); absent until the admin enters it. */
  location?: StationLocation;
  phones: Phone[];
  /** 延时服务: how residents get service outside the regular hours. */
  extendedService: string;
  complaintChannels: { channel: string; detail: string }[];
}

export interface Commitments {
  items: { title: string; body: string }[];
}

/** A 一次性告知 guide: 法律咨询, 法律援助, 公证. */
export interface Guide {
  title: string;
  summary: string;
  steps: string[];
  timeLimit: string;
  materials: string[];
  whereToGo: string;
  /** Legal basis, e.g. 《中华人民共和国法律援助法》第四十一条. */
  basis: string;
}

/** 挂牌上岗: what a staff badge must show. */
export interface Badge {
  name: string;
  post: string;
  duty: string;
  scope: string;
  complaintHow: string;
}

/** A published notice, e.g. a holiday closure. Dates are Beijing 'YYYY-MM-DD'. */
export interface Notice {
  title: string;
  body: string;
  from?: string;
  to?: string;
}

export interface ContentDataByKind {
  station: StationInfo;
  commitments: Commitments;
  guide: Guide;
  badge: Badge;
  notice: Notice;
}

export type ContentKind = keyof ContentDataByKind;

export interface ContentItem<K extends ContentKind = ContentKind> {
  /** 'station', 'commitments', 'guide:consultation', 'guide:legal-aid', 'guide:notary', 'badge:<id>', 'notice:<id>' */
  key: string;
  kind: K;
  order: number;
  /** true for sample content the admin must replace (names, guide details the rules do not give). */
  sample: boolean;
  data: ContentDataByKind[K];
  version: number;
  /** Epoch ms. */
  updatedAt: number;
  updatedBy: string;
}

export interface CalendarOverride {
  /** Beijing 'YYYY-MM-DD'. */
  date: string;
  working: boolean;
  note?: string;
}
