export default definePageConfig({ navigationBarTitleText: '登记法律援助申请' });
