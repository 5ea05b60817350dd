package org.caseexplorer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.caseexplorer.cases.Bilingual;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Evidence;
import org.caseexplorer.cases.Fact;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.PrincipleLink;
import org.caseexplorer.cases.io.BuiltInLibrary;
import org.caseexplorer.cases.io.LibraryLoader;

/**
 * Generates libraries of N synthetic cases with random principle links and bilingual text of
 * realistic length (about 2 KB of searchable text per case), from a fixed seed: in memory, or
 * written as a library folder of case files that pass the schemas.
 * Run {@code SyntheticLibrary DIR [N, default 10000] [SEED]} to write a folder.
 */
public final class SyntheticLibrary {

    private static final String[] WORDS = ("user experience platform fans iteration word mouth brand service "
            + "product community forum update channel cost ecosystem hardware software market share growth "
            + "retail store queue waiting staff care quality detail speed partner supplier loyalty campaign "
            + "launch review score audience ticket film phone car restaurant bun noodle tea coffee bank").split(" ");
    private static final String CJK = "互联网思维用户体验参与感粉丝口碑极致迭代平台生态品牌社会化营销碎片移动服务产品"
            + "社区论坛升级渠道成本硬件软件市场增长零售门店排队员工关怀质量细节速度伙伴忠诚电影手机汽车餐厅包子";

    /** The built-in source the generated quotes name, so a written folder loads without problems. */
    static final String SOURCE = "tesla-rise";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SyntheticLibrary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SyntheticLibrary DIR [N] [SEED]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Library builtIn = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty());
        long start = System.nanoTime();
        write(dir, count, builtIn.principles(), seed);
        System.out.printf("wrote %,d case files to %s in %.1f s%n", count, dir, (System.nanoTime() - start) / 1e9);
    }

    /** Writes {@code count} case files into {@code dir} (created if missing), one per case. */
    public static void write(Path dir, int count, List<Principle> principles, long seed) throws IOException {
        Files.createDirectories(dir);
        for (Case c : generate(count, principles, seed).cases()) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(c.id() + ".json").toFile(), toJson(c));
        }
    }

    private static Map<String, Object> toJson(Case c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("name", bilingual(c.name()));
        json.put("industry", bilingual(c.industry()));
        json.put("tagline", bilingual(c.tagline()));
        json.put("summary", bilingual(c.summary()));
        json.put("accent", c.accent());
        json.put("facts", c.facts().stream().map(f -> {
            Map<String, Object> fact = new LinkedHashMap<>();
            fact.put("label", bilingual(f.label()));
            fact.put("value", bilingual(f.value()));
            if (f.year() != null) {
                fact.put("year", f.year());
            }
            fact.put("source", f.source());
            fact.put("quote", f.quote());
            return fact;
        }).toList());
        json.put("links", c.links().stream().map(l -> Map.of(
                "principle", l.principle(), "strength", l.strength(), "explanation", bilingual(l.explanation()),
                "evidence", l.evidence().stream().map(e -> Map.of("source", e.source(), "quote", e.quote())).toList()))
                .toList());
        return json;
    }

    private static Map<String, String> bilingual(Bilingual text) {
        return Map.of("en", text.en(), "zh", text.zh());
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
                    List.of(new Evidence(SOURCE, cjk(random, 18)), new Evidence(SOURCE, cjk(random, 12)))));
        }
        List<Fact> facts = List.of(
                new Fact(text(random, 2, 4), text(random, 3, 8), 2000 + random.nextInt(25), SOURCE, cjk(random, 14)),
                new Fact(text(random, 2, 4), text(random, 3, 8), null, SOURCE, cjk(random, 14)));
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
