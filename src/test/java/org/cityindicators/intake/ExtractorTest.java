package org.cityindicators.intake;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.cityindicators.intake.Drafts.draft;
import static org.cityindicators.intake.Drafts.figures;
import static org.cityindicators.intake.Drafts.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of the intake one behaviour at a time: subjects, values, units, measures, qualifiers, unplaced numbers. */
class ExtractorTest {

    @Test
    void aSubjectNamedOnceGovernsTheLaterClausesOfItsSentence() {
        assertEquals(List.of("budget.general.revenue consolidated 2023 actual 277.09 CNY_100M exact",
                        "budget.general.revenue consolidated 2023 yoy_growth 5.4 PERCENT exact"),
                figures(draft("2023年全市一般公共预算收入完成277.09亿元，同比增长5.4%。")));
    }

    @Test
    void aSubjectDoesNotCarryIntoTheNextSentence() {
        Draft draft = draft("2023年全市一般公共预算收入完成277.09亿元。同比增长5.4%。");
        assertEquals(1, draft.placed().size());
        assertEquals("5.4", draft.unplaced().get(0).valueText());
    }

    @Test
    void anIndicatorNamedRightAfterTheNumberInItsClauseIsItsSubject() {
        assertEquals("budget.priority.education municipal 2024 planned 3 CNY_100M exact",
                only("今年市本级安排3亿元用于教育事业。", LocalDate.of(2024, 2, 1)));
    }

    @Test
    void theTotalNamedAfterAShareWordIsNotTheSubject() {
        assertEquals(List.of("budget.general.tax_revenue consolidated 2023 actual 80 CNY_100M exact",
                        "budget.general.tax_revenue consolidated 2023 share 70.9 PERCENT exact"),
                figures(draft("2023年全市税收收入80亿元，占一般公共预算收入的70.9%。")));
    }

    @Test
    void thousandsSeparatorsAreRemovedAndDecimalsKeptAsPrinted() {
        assertEquals(List.of("budget.general.revenue consolidated 2023 actual 1392476 CNY_10K exact",
                        "budget.general.tax_revenue consolidated 2023 actual 1347.90 CNY_100M exact"),
                figures(draft("2023年全市一般公共预算收入1,392,476万元。全市税收收入1347.90亿元。")));
    }

    @Test
    void aFallIsANegativeGrowth() {
        assertEquals("prices.cpi - 2023 yoy_growth -1.1 PERCENT exact", only("2023年居民消费价格比上年下降1.1%。"));
    }

    @Test
    void aChangeInPercentagePointsIsSigned() {
        assertEquals(List.of("employment.unemployment_rate - 2023 actual 2.35 PERCENT exact",
                        "employment.unemployment_rate - 2023 pp_change -0.15 PP exact"),
                figures(draft("2023年城镇登记失业率2.35%，比上年末下降0.15个百分点。")));
    }

    @Test
    void aGapToTheTimeScheduleIsSignedInPercentagePoints() {
        assertEquals(List.of("budget.general.revenue consolidated 2024-01/2024-04 budget_progress 36.7 PERCENT exact",
                        "budget.general.revenue consolidated 2024-01/2024-04 schedule_gap 3.4 PP exact",
                        "budget.general.expenditure consolidated 2024-01/2024-04 schedule_gap -2.1 PP exact"),
                figures(draft("1-4月，全市一般公共预算收入完成年初预算的36.7%，快于序时进度3.4个百分点。"
                        + "全市一般公共预算支出慢于序时进度2.1个百分点。", LocalDate.of(2024, 5, 20))));
    }

    @Test
    void aPercentAfterTheAdjustedBudgetIsAnExecutionRate() {
        assertEquals(List.of("budget.general.expenditure consolidated 2023 adjusted_budget 455.08 CNY_100M exact",
                        "budget.general.expenditure consolidated 2023 execution_rate 99.9 PERCENT exact"),
                figures(draft("2023年全市一般公共预算支出为汇总调整预算数455.08亿元的99.9%。")));
    }

    @Test
    void aGrowthToBePlannedIsAPlannedGrowth() {
        assertEquals("budget.general.revenue consolidated 2024 planned_growth 3.0 PERCENT exact",
                only("2024年全市一般公共预算收入计划按增长3.0%安排。", LocalDate.of(2024, 2, 1)));
    }

    @Test
    void aLevelOfAPeriodNotYetEndedIsPlannedAndOfAnEndedOneActual() {
        assertEquals(List.of("budget.general.total_expenditure municipal 2024 planned 132.97 CNY_100M exact",
                        "budget.general.total_expenditure municipal 2023 actual 120.5 CNY_100M exact"),
                figures(draft("2024年市本级一般公共预算总支出为132.97亿元。2023年市本级一般公共预算总支出为120.5亿元。",
                        LocalDate.of(2024, 2, 1))));
    }

    @Test
    void anAbsoluteChangeOfALevelIsLeftWithoutMeasure() {
        assertEquals(List.of("population.resident - 2023 actual 518.73 PERSON_10K exact",
                        "population.resident - 2023 - 2.15 PERSON_10K exact",
                        "population.resident - 2023 - -0.4 PERSON_10K exact"),
                figures(draft("2023年末常住人口518.73万人，比上年增加2.15万人。2023年常住人口比上年减少0.4万人。")));
    }

    @Test
    void tenthsAreAShareInPercent() {
        assertEquals("budget.general.expenditure.livelihood consolidated 2023 share 60 PERCENT nearly",
                only("2023年全市民生支出近六成用于教育。"));
    }

    @Test
    void aMagnitudeWithoutItsUnitTakesTheIndicatorsUnit() {
        assertEquals("gdp - 2023 actual 1000 CNY_100M more_than", only("2023年全市GDP突破千亿，"));
    }

    @Test
    void qualifiersStandRightBeforeTheNumberOrRightAfterItsUnit() {
        assertEquals(List.of("budget.general.revenue consolidated 2023 actual 13 CNY_100M more_than",
                        "budget.general.tax_revenue consolidated 2023 actual 1 CNY_100M about",
                        "budget.general.expenditure consolidated 2023 actual 8 CNY_100M nearly",
                        "budget.general.expenditure.livelihood consolidated 2023 actual 5 CNY_100M about"),
                figures(draft("2023年全市一般公共预算收入超13亿元。全市税收收入约1亿元。全市一般公共预算支出近8亿元。"
                        + "全市民生支出5亿元左右。")));
    }

    @Test
    void aProjectNamedWithTheFigureMakesItTheProjects() {
        Candidate c = draft("2023年，总投资85.6亿元的望澜港二期工程开工建设。").placed().get(0);
        assertEquals(List.of("project.total_investment", "wl-port-phase2", "planned", "85.6"),
                List.of(c.indicator(), c.project(), c.measure(), c.valueText()));
        assertNull(c.area());
    }

    @Test
    void aDistrictNamedInTheSentenceIsTheFiguresArea() {
        assertEquals("449901", draft("2023年东澜区地区生产总值512.3亿元。").placed().get(0).area());
    }

    @Test
    void aStructureRatioIsTheSharesOfItsNamedParts() {
        assertEquals(List.of("gdp.primary - 2023 share 7.1 PERCENT exact", "gdp.secondary - 2023 share 50.6 PERCENT exact",
                        "gdp.tertiary - 2023 share 42.3 PERCENT exact"),
                figures(draft("2023年三次产业结构为7.1∶50.6∶42.3。")));
    }

    @Test
    void theSameFigurePrintedTwiceIsOneCandidate() {
        Draft draft = draft("2023年全市GDP突破千亿，成为全省第6个GDP破千亿元的城市。");
        assertEquals(List.of("gdp - 2023 actual 1000 CNY_100M more_than"), figures(draft));
        assertTrue(draft.placed().get(0).reason().contains("printed again"), draft.placed().get(0).reason());
    }

    @Test
    void aNumberNoRuleCanPlaceIsACandidateWithItsContext() {
        Candidate c = draft("年末全市共有普通高校5所。").candidates().get(0);
        assertNull(c.indicator());
        assertEquals("5", c.valueText());
        assertTrue(c.context().contains("普通高校5所"), c.context());
        assertTrue(c.reason().startsWith("not placed"), c.reason());
    }

    @Test
    void aRankAndANumberAfterAComparisonWordAreNotFiguresOfTheSubject() {
        Draft draft = draft("2023年全市GDP居全省第6位，相当于每10元中有近8元。");
        assertEquals(List.of(), figures(draft));
        assertEquals(List.of("6", "10", "8"), draft.unplaced().stream().map(Candidate::valueText).toList());
    }

    @Test
    void codesDatesAndPeriodsAreNoFigures() {
        assertEquals(List.of(), draft("### 上接 A01 版\n2月1日上午，国道G325、2023年12月、1-4月。").candidates());
    }

    @Test
    void traditionalTextMatchesAndItsQuotesStayTraditional() {
        String text = "上年全市一般公共預算收入完成321.45億元，同比增長6.1%。";
        Candidate c = draft(text, LocalDate.of(2024, 2, 5)).placed().get(0);
        assertEquals("budget.general.revenue consolidated 2023 actual 321.45 CNY_100M exact", Drafts.figure(c));
        assertEquals("上年全市一般公共預算收入完成321.45億元", c.quote());
        assertEquals(c.quote(), text.substring(c.start(), c.end()));
    }

    @Test
    void offsetsAreUtf16PositionsInTheDocumentText() {
        String text = "𠀀𠀁说明：2023年全市GDP5123.45亿元。";
        Candidate c = draft(text.replace("GDP", "地区生产总值")).placed().get(0);
        assertEquals("2023年全市地区生产总值5123.45亿元", c.quote());
        assertEquals(7, c.start(), "two characters outside the BMP count two UTF-16 units each");
    }

    @Test
    void htmlLosesScriptsStylesAndMarkupAndKeepsParagraphsAndTableRowsAsLines() {
        String html = "<html><head><style>p{content:'9亿元'}</style><script>var x = '8亿元';</script></head><body>"
                + "<h1>标题</h1><p>第一段&nbsp;&lt;注&gt;<br>换行</p><script>alert('7亿元')</script>"
                + "<table><tr><th>指标</th><th>单位</th><th>数值</th></tr><tr><td>地区生产总值</td><td>亿元</td>"
                + "<td>5123.45</td></tr></table></body></html>";
        assertEquals("标题\n第一段\u00A0<注>\n换行\n指标\t单位\t数值\n地区生产总值\t亿元\t5123.45\n",
                DocumentText.html(html).text());
    }

    @Test
    void scriptsInAnHtmlPageGiveNoCandidates() {
        String html = IntakeDocuments.resource("intake/documents/wanglan-bulletin-2023.html");
        Draft draft = Extractor.draft(DocumentText.of("text/html; charset=utf-8", html), Drafts.VOCABULARY,
                IntakeDocuments.TRIGGERS, IntakeDocuments.WANGLAN, Drafts.MARCH_2024);
        assertTrue(draft.candidates().stream().noneMatch(c -> c.valueText().matches("9999.99|8888.88|88.8|7777")),
                draft::toString);
        assertTrue(draft.placed().size() > 30);
    }

    @Test
    void aTableColumnsHeaderGivesItsNumbersTheirMeasureAndUnit() {
        assertEquals(List.of("gdp - 2023 actual 5123.45 CNY_100M exact", "gdp - 2023 yoy_growth 5.2 PERCENT exact",
                        "prices.cpi - 2023 yoy_growth -0.3 PERCENT exact"),
                figures(draft("2023年主要指标\n指标\t单位\t数值\t比上年增长%\n地区生产总值\t亿元\t5123.45\t5.2\n"
                        + "居民消费价格\t%\t—\t-0.3\n")));
    }

    @Test
    void theSameInputGivesTheSameDraft() {
        String text = IntakeDocuments.BULLETIN.text().text();
        assertEquals(draft(text), draft(text));
    }

    @Test
    void aDocumentWithoutNumbersGivesNoCandidates() {
        assertEquals(List.of(), draft("").candidates());
        assertEquals(List.of(), draft("市领导参加会议。").candidates());
    }
}
