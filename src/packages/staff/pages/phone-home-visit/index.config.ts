export default definePageConfig({ navigationBarTitleText: '登记电话预约上门' });
