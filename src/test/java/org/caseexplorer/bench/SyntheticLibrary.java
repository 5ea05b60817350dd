package org.caseexplorer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.caseexplorer.cases.Bilingual;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Evidence;
import org.caseexplorer.cases.Fact;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.PrincipleLink;

/**
 * Generates libraries of N synthetic cases with random principle links and bilingual text of
 * realistic length (about 2 KB of searchable text per case), from a fixed seed.
 */
public final class SyntheticLibrary {

    private static final String[] WORDS = ("user experience platform fans iteration word mouth brand service "
            + "product community forum update channel cost ecosystem hardware software market share growth "
            + "retail store queue waiting staff care quality detail speed partner supplier loyalty campaign "
            + "launch review score audience ticket film phone car restaurant bun noodle tea coffee bank").split(" ");
    private static final String CJK = "互联网思维用户体验参与感粉丝口碑极致迭代平台生态品牌社会化营销碎片移动服务产品"
            + "社区论坛升级渠道成本硬件软件市场增长零售门店排队员工关怀质量细节速度伙伴忠诚电影手机汽车餐厅包子";

    private SyntheticLibrary() {
    }

    public static Library generate(int count, List<Principle> principles, long seed) {
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cases.add(generateCase(i, principles, random));
        }
        return new Library(principles, List.of(), cases, List.of());
    }

    private static Case generateCase(int i, List<Principle> principles, Random random) {
        List<PrincipleLink> links = new ArrayList<>();
        int linkCount = 2 + random.nextInt(5);
        List<Principle> pool = new ArrayList<>(principles);
        for (int l = 0; l < linkCount && !pool.isEmpty(); l++) {
            Principle p = pool.remove(random.nextInt(pool.size()));
            links.add(new PrincipleLink(p.id(), 1 + random.nextInt(3), text(random, 25, 40),
                    List.of(new Evidence("s", cjk(random, 18)), new Evidence("s", cjk(random, 12)))));
        }
        List<Fact> facts = List.of(
                new Fact(text(random, 2, 4), text(random, 3, 8), 2000 + random.nextInt(25), "s", cjk(random, 14)),
                new Fact(text(random, 2, 4), text(random, 3, 8), null, "s", cjk(random, 14)));
        String id = "case-" + i;
        return new Case(id, new Bilingual("Case " + i + " " + word(random), cjk(random, 3) + i),
                text(random, 2, 3), text(random, 10, 8), text(random, 60, 70), "#336699", null,
                facts, links, List.of(), id + ".json");
    }

    private static Bilingual text(Random random, int englishWords, int chineseChars) {
        StringBuilder en = new StringBuilder();
        for (int w = 0; w < englishWords; w++) {
            en.append(w == 0 ? "" : " ").append(word(random));
        }
        return new Bilingual(en.toString(), cjk(random, chineseChars));
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String cjk(Random random, int length) {
        StringBuilder zh = new StringBuilder();
        for (int c = 0; c < length; c++) {
            zh.append(CJK.charAt(random.nextInt(CJK.length())));
        }
        return zh.toString();
    }
}
