export default definePageConfig({ navigationBarTitleText: '查阅登记' });
