export default definePageConfig({ navigationBarTitleText: '分流交办' });
