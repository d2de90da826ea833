export default definePageConfig({ navigationBarTitleText: '开发登录（演示账号）' });
