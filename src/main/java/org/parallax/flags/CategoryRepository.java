package org.parallax.flags;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the flag categories. Internal to the flags feature. */
@Repository
class CategoryRepository {

    private final JdbcClient jdbc;

    CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Category> all() {
        return jdbc.sql("select * from flag_category order by position, code").query((rs, row) -> new Category(
                rs.getString("code"), rs.getString("label"), rs.getString("color"), rs.getString("its_issue_type"),
                rs.getBoolean("retired"))).list();
    }

    Optional<Category> find(String code) {
        return all().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    void insert(Category category) {
        jdbc.sql("""
                insert into flag_category (code, label, color, its_issue_type, retired, position)
                values (?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from flag_category))""")
                .params(category.code(), category.label(), category.color(), category.itsIssueType(),
                        category.retired())
                .update();
    }

    void update(Category category) {
        jdbc.sql("update flag_category set label = ?, color = ?, its_issue_type = ?, retired = ? where code = ?")
                .params(category.label(), category.color(), category.itsIssueType(), category.retired(),
                        category.code())
                .update();
    }

    void delete(String code) {
        jdbc.sql("delete from flag_category where code = ?").param(code).update();
    }
}
