/**
 * The one place that lists every page and every subpackage.
 * Main package: what residents open. `packages/admin`: the platform admin's editor (residents never
 * download it). `packages/dev`: the H5 demo sign-in (H5 build only; the gateway only answers it outside
 * production). `packages/privacy`: the privacy sheet.
 */
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/guide/index', 'pages/staff/index', 'pages/commitments/index'],
  subPackages: [
    {
      root: 'packages/admin',
      pages: ['pages/index/index', 'pages/edit/index', 'pages/history/index', 'pages/calendar/index', 'pages/booking-settings/index'],
    },
    // the demo sign-in exists only in the H5 build: never in the package uploaded to WeChat
    ...(process.env.TARO_ENV === 'h5' ? [{ root: 'packages/dev', pages: ['pages/sign-in/index'] }] : []),
    {
      root: 'packages/staff',
      pages: ['pages/index/index', 'pages/inbox/index', 'pages/appointments/index', 'pages/tickets/index', 'pages/tickets/detail/index', 'pages/register/index', 'pages/complaint-book/index', 'pages/mailbox/index', 'pages/major-report/index', 'pages/callbacks/index', 'pages/callbacks/detail/index', 'pages/record-rating/index', 'pages/callback-table/index', 'pages/notice-print/index', 'pages/legal-aid/index', 'pages/legal-aid/detail/index', 'pages/legal-aid/register/index', 'pages/legal-aid/roster/index', 'pages/phone-home-visit/index', 'pages/result-calls/index',
        // issue 14: 分析研判 — the daily register (all staff); submissions, quarter notes, callback detail, due settings (director, admin)
        'pages/reports/daily/index', 'pages/reports/submissions/index', 'pages/reports/notes/index', 'pages/reports/callbacks/index', 'pages/reports/due-settings/index'],
    },
    {
      root: 'packages/resident',
      pages: ['pages/messages/index', 'pages/complaint/index', 'pages/ask/index', 'pages/tickets/index', 'pages/tickets/detail/index', 'pages/rate/index', 'pages/ratings/index'],
    },
    {
      root: 'packages/people',
      pages: ['pages/index/index', 'pages/join/index', 'pages/profile/index', 'pages/study/index'],
    },
    {
      root: 'packages/legal-aid', // issue 11: residents' legal-aid application, 我的申请
      pages: ['pages/apply/index', 'pages/mine/index', 'pages/detail/index'],
    },
    {
      root: 'packages/booking',
      pages: ['pages/index/index', 'pages/book/index', 'pages/home-visit/index', 'pages/mine/index'],
    },
    // issue 13: 分流交办 — the board, a referral (liaisons answer here), the refer sheet from a ticket
    { root: 'packages/referrals', pages: ['pages/index/index', 'pages/detail/index', 'pages/refer/index'] },
    // issue 15: 档案管理 (archivist, director, admin)
    { root: 'packages/archives', pages: ['pages/volumes/index', 'pages/volume/index', 'pages/lookups/index'] },
    // issue 10: 隐私保护指引, opened when a privacy interface (photos, clipboard) needs consent
    { root: 'packages/privacy', pages: ['pages/index/index'] },
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#0b4f8a',
    navigationBarTitleText: '西山镇公共法律服务工作站',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6f8',
  },
  // issue 10: load only the components a page renders; booking and complaints open at once from home
  lazyCodeLoading: 'requiredComponents',
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/booking', 'packages/resident'] },
  },
  sitemapLocation: 'sitemap.json',
});
