export default definePageConfig({ navigationBarTitleText: '资料和外出办案' });
