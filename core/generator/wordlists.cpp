#include "core/generator/wordlists.h"

#include "core/domain/identifiers.h"

#include <QDate>
#include <QHash>

using namespace Qt::StringLiterals;

namespace ecoclaim::generator {

quint64 Random::next()
{
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int Random::below(int n)
{
    return n <= 0 ? 0 : int(next() % quint64(n));
}

QString Place::address() const
{
    return u"上海市"_s + district + town + road;
}

namespace words {
namespace {

QStringList split(const char16_t *text)
{
    return QString::fromUtf16(text).split(u' ', Qt::SkipEmptyParts);
}

struct DistrictWords
{
    QString name;
    QStringList towns;
};

const QHash<QString, DistrictWords> &districtWords()
{
    static const QHash<QString, DistrictWords> map{
        {u"310101"_s, {u"黄浦区"_s, split(u"外滩街道 南京东路街道 半淞园路街道 打浦桥街道 小东门街道")}},
        {u"310104"_s, {u"徐汇区"_s, split(u"漕河泾街道 华泾镇 龙华街道 田林街道 长桥街道")}},
        {u"310105"_s, {u"长宁区"_s, split(u"新泾镇 程家桥街道 北新泾街道 虹桥街道")}},
        {u"310106"_s, {u"静安区"_s, split(u"彭浦镇 大宁路街道 共和新路街道 临汾路街道 彭浦新村街道")}},
        {u"310107"_s, {u"普陀区"_s, split(u"桃浦镇 长征镇 真如镇街道 万里街道")}},
        {u"310109"_s, {u"虹口区"_s, split(u"江湾镇街道 凉城新村街道 曲阳路街道")}},
        {u"310110"_s, {u"杨浦区"_s, split(u"五角场街道 定海路街道 长白新村街道 新江湾城街道")}},
        {u"310112"_s, {u"闵行区"_s, split(u"吴泾镇 马桥镇 浦江镇 颛桥镇 华漕镇 梅陇镇 七宝镇")}},
        {u"310113"_s, {u"宝山区"_s, split(u"罗泾镇 月浦镇 杨行镇 罗店镇 顾村镇 庙行镇 淞南镇")}},
        {u"310114"_s, {u"嘉定区"_s, split(u"安亭镇 南翔镇 外冈镇 华亭镇 徐行镇 马陆镇 江桥镇")}},
        {u"310115"_s, {u"浦东新区"_s, split(u"惠南镇 老港镇 书院镇 祝桥镇 高桥镇 川沙新镇 泥城镇 大团镇 航头镇 万祥镇 宣桥镇")}},
        {u"310116"_s, {u"金山区"_s, split(u"漕泾镇 山阳镇 亭林镇 枫泾镇 朱泾镇 金山卫镇 吕巷镇 张堰镇")}},
        {u"310117"_s, {u"松江区"_s, split(u"泗泾镇 洞泾镇 车墩镇 新浜镇 石湖荡镇 小昆山镇 叶榭镇 泖港镇")}},
        {u"310118"_s, {u"青浦区"_s, split(u"朱家角镇 练塘镇 金泽镇 白鹤镇 华新镇 重固镇 赵巷镇")}},
        {u"310120"_s, {u"奉贤区"_s, split(u"海湾镇 南桥镇 柘林镇 四团镇 青村镇 庄行镇 金汇镇 奉城镇")}},
        {u"310151"_s, {u"崇明区"_s, split(u"城桥镇 陈家镇 堡镇 新河镇 横沙乡 长兴镇 向化镇 竖新镇 港西镇")}},
    };
    return map;
}

const QStringList &districtCodes()
{
    static const QStringList codes = [] {
        QStringList c = districtWords().keys();
        c.sort();
        return c;
    }();
    return codes;
}

const QStringList roads = split(u"合展路 沪杭公路 亭卫公路 川南奉公路 金海公路 沪太路 嘉松北路 曹安公路 外青松公路 陈海公路 "
                                 "北青公路 南芦公路 大叶公路 浦星公路 松卫北路 叶新公路 沈砖公路 宝钱公路 顾北路 江杨北路 "
                                 "莘松路 剑川路 龙吴路 虹梅南路 泰和路 新川路 航头路 申江南路 临港大道 S32 金山大道 "
                                 "漕廊公路 新农路 朱枫公路 练西公路 青赵公路 奉柘公路 南奉公路 八一公路 北沿公路 团结塘路 "
                                 "浦东运河东岸 大治河北岸 淀浦河南岸 黄浦江沿岸 苏州河沿岸 蕰藻浜南岸");
const QStringList roadSuffixes = split(u"号 号东侧空地 号北侧 号附近 号西侧河道 号厂区内 号南侧农田 号仓库");
const QStringList brands = split(u"宏达 鑫源 华强 恒丰 金桥 永盛 东方 新华 申达 浦江 海天 天成 瑞丰 振华 隆盛 嘉利 立信 广源 "
                                  "明远 正泰 凯鑫 佳豪 润泽 盛泰 安诚 中远 汇丰 协力 长江 宝信 联合 新星 金鼎 兴业 华宇 "
                                  "鼎盛 德昌 亿达 万通 腾飞 远航 昌盛 光明 建工 祥和 伟业 博远 晨光 众诚 通达");
const QStringList industries = split(u"化工 环保科技 建材 物流 纺织印染 电镀 金属制品 食品 混凝土 建筑工程 运输 农业发展 水产养殖 "
                                      "精细化工 船舶修造 汽车配件 塑料制品 清运服务 市政工程 再生资源回收 表面处理 涂料 "
                                      "医药化工 餐饮管理 酒店管理 土方工程 机械制造 包装材料");
const QStringList companyForms = split(u"有限公司 有限公司 有限公司 有限责任公司 股份有限公司");
const QStringList surnames = split(u"王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 "
                                    "彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 "
                                    "石 廖 贾 夏 韦 方 白 邹 孟 熊 秦 邱 江 尹 薛 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 钱 严 戴 孔 汤");
const QStringList givenChars = split(u"伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 建 国 志 红 玉 兰 "
                                      "海 波 东 文 斌 晓 峰 燕 琳 雪 慧 鹏 飞 宇 浩 欣 婷 俊 彬 辉 凤 龙 云 亮 瑜 琪 蕾 倩");

struct OffenceGroup
{
    QStringList behaviours, matters, media;
    QString verb; // 污染 | 破坏 | 损害
};

const QList<OffenceGroup> &offenceGroups()
{
    static const QList<OffenceGroup> groups{
        {split(u"非法倾倒 违规倾倒 擅自堆放 非法填埋"),
         split(u"建筑垃圾 生活垃圾 毛垃圾 工业固体废物 含油污泥 危险废物 泥浆 废矿物油 电镀污泥 废包装桶 炉渣"),
         split(u"土壤 农田 林地 河道 地块"), u"污染"_s},
        {split(u"偷排 超标排放 私设暗管排放 直排"),
         split(u"含重金属废水 电镀废水 印染废水 生活污水 养殖尾水 化工废水 含油废水 清洗废水 混凝土搅拌废水"),
         split(u"地表水 河道 地下水 鱼塘 湿地"), u"污染"_s},
        {split(u"渗漏 泄漏 溢流"), split(u"化学品 废液 污水 渗滤液 柴油 废酸 废碱"), split(u"土壤 地下水 防汛墙外河道 农田"),
         u"污染"_s},
        {split(u"盗伐 滥伐 非法占用"), split(u"水杉 香樟 意杨 公益林 防护林 苗木"), split(u"林地 绿地 防护林带"), u"破坏"_s},
        {split(u"非法捕捞 电鱼 使用禁用网具捕捞"), split(u"鱼类 中华绒螯蟹 刀鲚 水产资源 鳗苗"), split(u"长江 淀山湖 黄浦江 内河水域"),
         u"损害"_s},
        {split(u"违规排放 无组织排放"), split(u"挥发性有机物 恶臭气体 含尘废气 酸雾"), split(u"大气 周边环境空气"), u"污染"_s},
    };
    return groups;
}

const QStringList sources = split(u"区生态环境局执法人员 群众举报 镇网格化巡查人员 公安机关 检察机关 媒体报道 河长办巡河人员 "
                                   "市生态环境保护督察组 在线监测系统 林业站巡护人员");
const QStringList findings = split(u"日常巡查时 接到举报后赶赴现场 专项执法行动中 无人机巡查中 例行采样监测中 联合检查中");
const QStringList pollutants = split(u"石油烃 化学需氧量 氨氮 总磷 六价铬 总铜 总镍 铅 镉 砷 苯并[a]芘 苯系物 悬浮物 总氮");
const QStringList standards = split(u"建设用地土壤污染风险管控第二类用地筛选值 地表水Ⅳ类水质 污水综合排放 农用地土壤污染风险筛选值 地下水Ⅳ类");
const QStringList receptors = split(u"居民区 基本农田 河道 饮用水水源保护区 生态保护红线 养殖场 学校 自然保护地");
const QStringList measures = split(u"围挡覆盖 截流封堵 清运转移 应急监测 抽排处置 设置围堰 停产整改");
const QStringList authorities = split(u"公安机关 区人民检察院 区水务局 区绿化市容局 区农业农村委 镇人民政府");
const QStringList institutions = split(u"上海市环境科学研究院司法鉴定所 上海环境损害司法鉴定中心 上海申环环境损害鉴定评估有限公司 "
                                        "华东环境损害司法鉴定所 上海市环境监测中心 长三角生态环境鉴定评估中心");
const QStringList units = split(u"吨 立方米 车 吨 吨");

QString chineseDate(const QDate &d)
{
    return u"%1年%2月%3日"_s.arg(d.year()).arg(d.month()).arg(d.day());
}

QString anyDistrictCode(Random &r) { return r.pick(districtCodes()); }

} // namespace

Place place(Random &r, const QString &districtCode)
{
    const QString code = districtWords().contains(districtCode) ? districtCode : anyDistrictCode(r);
    const DistrictWords &w = districtWords().value(code);
    Place p;
    p.districtCode = code;
    p.district = w.name;
    p.town = r.pick(w.towns);
    p.road = r.pick(roads) + QString::number(r.between(1, 3000)) + r.pick(roadSuffixes);
    return p;
}

QString companyName(Random &r)
{
    return u"上海"_s + r.pick(brands) + r.pick(industries) + r.pick(companyForms);
}

QString personName(Random &r)
{
    QString name = r.pick(surnames) + r.pick(givenChars);
    if (r.chance(60))
        name += r.pick(givenChars);
    return name;
}

Offence offence(Random &r)
{
    // Dumping and discharges are most of Shanghai's cases (reference.md §8.3).
    static const int weights[] = {40, 25, 12, 9, 8, 6};
    int roll = r.below(100), g = 0;
    while (roll >= weights[g]) {
        roll -= weights[g];
        ++g;
    }
    const OffenceGroup &group = offenceGroups().at(g);
    return {r.pick(group.behaviours), r.pick(group.matters), r.pick(group.media)};
}

QString title(Random &r, const Place &p, const QString &party, const Offence &o)
{
    QString verb = u"污染"_s;
    for (const OffenceGroup &g : offenceGroups())
        if (g.behaviours.contains(o.behaviour))
            verb = g.verb;
    const QString who = r.chance(85) ? party : QString();
    return p.district + p.town + who + o.behaviour + o.matter + verb + o.medium + u"生态环境损害赔偿案"_s;
}

QString description(Random &r, const Place &p, const QString &party, const Offence &o)
{
    const QDate when = QDate(2023, 1, 1).addDays(r.below(1400));
    QStringList s;
    s << u"%1，%2%3在%4发现%5存在异常。"_s.arg(chineseDate(when), r.pick(sources), r.pick(findings), p.address(), o.medium);
    const int fromMonth = r.between(1, 11);
    s << u"经现场勘查和调查询问，%1于%2至%3期间%4%5约%6%7。"_s.arg(party, u"%1年%2月"_s.arg(when.year()).arg(fromMonth),
                                                                  u"%1月"_s.arg(r.between(fromMonth + 1, 12)), o.behaviour, o.matter)
             .arg(r.between(3, 3000))
             .arg(r.pick(units));
    s << u"监测结果显示，%1浓度超过%2标准限值%3倍，受影响面积约%4平方米。"_s.arg(r.pick(pollutants), r.pick(standards))
             .arg(r.between(2, 60))
             .arg(r.between(50, 20000));
    s << u"现场距%1约%2米，存在进一步扩散风险。"_s.arg(r.pick(receptors)).arg(r.between(30, 2000));
    s << u"当事人对违法事实无异议，已采取%1、%2等应急处置措施。"_s.arg(r.pick(measures), r.pick(measures));
    s << u"%1生态环境局已将相关情况通报%2，拟依照《上海市生态环境损害赔偿工作实施细则》开展损害调查和鉴定评估。"_s.arg(
             p.district, r.pick(authorities));
    QString text;
    for (const QString &sentence : s) {
        text += sentence;
        if (text.size() >= 195)
            break;
    }
    return text;
}

QString appraisalInstitution(Random &r) { return r.pick(institutions); }

QString court(Random &r, const QString &districtCode)
{
    if (r.chance(70))
        return u"上海市第三中级人民法院"_s;
    if (r.chance(50))
        return u"上海铁路运输法院"_s;
    const QString name = districtWords().value(districtCode).name;
    return name.isEmpty() ? u"上海市第三中级人民法院"_s : u"上海市"_s + name + u"人民法院"_s;
}

QString expert(Random &r) { return personName(r); }

QString creditCode(Random &r, const QString &districtCode)
{
    static const QString alphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;
    QString code = u"91"_s + (districtCode.size() == 6 ? districtCode : u"310000"_s);
    while (code.size() < 17)
        code += alphabet.at(r.below(int(alphabet.size())));
    return code + domain::creditCodeCheckCharacter(code);
}

QString residentId(Random &r, const QString &districtCode)
{
    const QDate born = QDate(1955, 1, 1).addDays(r.below(365 * 45));
    QString id = (districtCode.size() == 6 ? districtCode : u"310101"_s) + born.toString(u"yyyyMMdd"_s)
        + u"%1"_s.arg(r.below(1000), 3, 10, QChar(u'0'));
    return id + domain::residentIdCheckCharacter(id);
}

} // namespace words
} // namespace ecoclaim::generator
