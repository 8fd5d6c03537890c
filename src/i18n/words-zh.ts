// The component's words in Chinese (Simplified); loaded only on pages that show them (translations.ts).
import type { Words } from './translations.js';

const MEDIA_KINDS = {
  video: '视频',
  audio: '音频',
  post: '帖子',
  article: '文章',
  map: '地图',
  document: '文档',
  image: '图片',
  page: '网页',
} as const;

const words: Words = {
  zoomIn: '放大',
  zoomOut: '缩小',
  fit: '显示全部',
  controls: '缩放控件',
  timeline: '时间线',
  wheelHint: (mac) => `按住 ${mac ? '⌘' : 'Ctrl'} 并滚动以缩放，或先点击时间线`,
  loading: '正在加载事件…',
  noEvents: '此文件中没有可显示的事件。',
  noData: '尚未加载事件。',
  close: '关闭',
  sources: '来源',
  mediaLink: (kind, site) => `${site} 上的${MEDIA_KINDS[kind]}`,
  place: '地点',
  otherGroup: '其他',
  dismiss: '关闭提示',
  retry: '重试',
  showProblems: (n) => `数据中有 ${n} 个问题`,
  cluster: (n, dates) => `另有 ${n} 个事件，${dates}。激活以放大。`,
  listView: '列表',
  storyView: '故事',
  storyProgress: (position, total) => `第 ${position} 个，共 ${total} 个`,
  storyStep: (progress, title, date) => `${progress}：${title}，${date}`,
  storyHelp: '左右方向键转到上一个和下一个事件，Home 和 End 键转到第一个和最后一个。',
  showing: (span) => `正在显示 ${span}`,
  listRange: (first, last, total) => `第 ${first}–${last} 个事件，共 ${total} 个`,
  previous: '上一页',
  next: '下一页',
  today: '今天',
  collapseGroup: (name) => `折叠“${name}”`,
  expandGroup: (name) => `展开“${name}”`,
  approximate: (date) => `约 ${date}`,
  keyboardHelp:
    '按键：+ 和 − 缩放，方向键平移，Home 和 End 跳到第一个和最后一个事件，0 显示全部，Tab 在事件间移动，Enter 选择。',
};

export default words;
