export default definePageConfig({ navigationBarTitleText: '来访来电登记表' });
