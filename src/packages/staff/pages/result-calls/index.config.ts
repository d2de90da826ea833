export default definePageConfig({ navigationBarTitleText: '告知结果', enablePullDownRefresh: true });
