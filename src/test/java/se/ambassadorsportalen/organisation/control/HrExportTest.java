package se.ambassadorsportalen.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class HrExportTest {

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rowsWithAnEmployeeNumberArePeopleAndRowsWithoutAreUnitsInSwedishHeadersToo() {
        HrExport.Content content = HrExport.read(csv("""
                Enhetskod;Enhetsnamn;Överordnad;Anställningsnummer;Förnamn;Efternamn;E-post;Yrke;Chef;Slutdatum
                HSF;Hälso- och sjukvårdsförvaltningen;;;;;;;;
                HSF-MED3;Medicinavdelning 3;HSF;;;;;;;
                HSF-MED3;;;1001;Eva;Ek;eva.ek@example.se;Sjuksköterska;nej;
                HSF-MED3;;;1002;Magnus;Berg;;Chef;ja;2027-03-31
                """));

        assertThat(content.problems()).isEmpty();
        assertThat(content.units())
                .extracting(HrExport.UnitRow::code, HrExport.UnitRow::parentCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("HSF", null),
                        org.assertj.core.groups.Tuple.tuple("HSF-MED3", "HSF"));
        assertThat(content.people()).hasSize(2);
        HrExport.PersonRow magnus = content.people().get(1);
        assertThat(magnus.manager()).isTrue();
        assertThat(magnus.email()).isNull();
        assertThat(magnus.employmentEnds()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(magnus.line()).isEqualTo(5);
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndNoBadRowIsKept() {
        HrExport.Content content = HrExport.read(csv("""
                unit_code,unit_name,parent_code,employee_number,first_name,last_name,email,profession,manager,employment_ends
                HSF,Förvaltningen,,,,,,,,
                HSF,Igen,,,,,,,,
                ,Utan kod,HSF,,,,,,,
                HSF,,,1001,,Ek,,,,
                HSF,,,1002,Anna,Al,inte-en-adress,,kanske,31/12/2026
                HSF,,,1002,Anna,Al,,,,
                """));

        assertThat(content.isValid()).isFalse();
        assertThat(content.problems())
                .extracting(HrExport.Problem::line, HrExport.Problem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "organisation.hr.problem.unitTwice"),
                        org.assertj.core.groups.Tuple.tuple(4L, "organisation.hr.problem.unitCodeMissing"),
                        org.assertj.core.groups.Tuple.tuple(5L, "organisation.hr.problem.nameMissing"),
                        org.assertj.core.groups.Tuple.tuple(6L, "organisation.hr.problem.emailInvalid"),
                        org.assertj.core.groups.Tuple.tuple(6L, "organisation.hr.problem.managerFlag"),
                        org.assertj.core.groups.Tuple.tuple(6L, "organisation.hr.problem.dateInvalid"),
                        org.assertj.core.groups.Tuple.tuple(7L, "organisation.hr.problem.personTwice"));
        assertThat(content.people()).isEmpty();
    }

    @Test
    void aHeaderWithoutUnitOrPersonColumnsIsRefusedAtLineOne() {
        HrExport.Content content = HrExport.read(csv("namn,adress\nEva,Gatan 1\n"));

        assertThat(content.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.key()).isEqualTo("organisation.hr.problem.header");
        });
    }

    @Test
    void anOldExcelFileIsRefusedBeforeAnyRowIsRead() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertThat(HrExport.read(xls).problems())
                .extracting(HrExport.Problem::key)
                .containsExactly("organisation.hr.problem.oldExcel");
    }

    @Test
    void anExcelExportWithDateAndNumberCellsReadsLikeItsCsv() {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Personal");
            String[] header = {
                "unit_code",
                "unit_name",
                "parent_code",
                "employee_number",
                "first_name",
                "last_name",
                "manager",
                "employment_ends"
            };
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            Row unit = sheet.createRow(1);
            unit.createCell(0).setCellValue("HSF");
            unit.createCell(1).setCellValue("Förvaltningen");
            Row person = sheet.createRow(2);
            person.createCell(0).setCellValue("HSF");
            person.createCell(3).setCellValue(1001);
            person.createCell(4).setCellValue("Eva");
            person.createCell(5).setCellValue("Ek");
            person.createCell(6).setCellValue("x");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            person.createCell(7).setCellValue(LocalDate.of(2026, 6, 30));
            person.getCell(7).setCellStyle(date);
            workbook.write(out);
            xlsx = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        HrExport.Content content = HrExport.read(xlsx);

        assertThat(content.format()).isEqualTo("XLSX");
        assertThat(content.problems()).isEmpty();
        assertThat(content.people()).singleElement().satisfies(eva -> {
            assertThat(eva.employeeNumber()).isEqualTo("1001");
            assertThat(eva.manager()).isTrue();
            assertThat(eva.employmentEnds()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(eva.line()).isEqualTo(3);
        });
    }
}
