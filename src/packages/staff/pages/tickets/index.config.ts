export default definePageConfig({ navigationBarTitleText: '来件受理', enablePullDownRefresh: true });
